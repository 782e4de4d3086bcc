int extra_func(int x)
{
	return x + 100;
}
