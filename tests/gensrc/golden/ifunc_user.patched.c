/* A changed user of an IFUNC: patched, the IFUNC and its resolver kept. */
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
	return pick(x) * 2;
}
