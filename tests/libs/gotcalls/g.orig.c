int g_var = 5;

int __attribute__((noinline)) g_add(int a, int b)
{
	return a + b;
}

int __attribute__((noinline)) g_twice(int x)
{
	return 2 * x;
}

int __attribute__((noinline)) g_compute(int x)
{
	return x + g_var - 4;
}
