__attribute__((noinline)) int lib_compute(int x)
{
	return x * 2 + 2;
}
