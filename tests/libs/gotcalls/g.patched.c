int g_var = 5;

int __attribute__((noinline)) g_add(int a, int b)
{
	return a + b;
}

int __attribute__((noinline)) g_twice(int x)
{
	return 2 * x;
}

/* -fPIC -fno-plt: g_add and g_twice may be interposed, so the call, the
 * tail call and the load of g_var all go through the GOT */
int __attribute__((noinline)) g_compute(int x)
{
	return g_twice(g_add(x, g_var));
}
