/* A changed IFUNC resolver: it ran at load time, a patch of it never runs. */
static int one(int x)
{
	return x + 1;
}

static int two(int x)
{
	return x + 2;
}

static int (*choose(void))(int)
{
	return one;
}

int pick(int) __attribute__((ifunc("choose")));

int use(int x)
{
	return pick(x);
}
