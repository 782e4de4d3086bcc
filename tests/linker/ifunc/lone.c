/* IFUNCs of a library: hidden (IRELATIVE, through the PLT) and exported (GLOB_DAT, noplt). */
static int impl(int x)
{
	return x + 1;
}

static int (*resolve(void))(int)
{
	return impl;
}

/* its own resolver: an IRELATIVE slot is known by its resolver */
static int (*resolve_lone(void))(int)
{
	return impl;
}

__attribute__((visibility("hidden"))) int pick(int) __attribute__((ifunc("resolve")));
int xpick(int) __attribute__((ifunc("resolve"), noplt));
__attribute__((visibility("hidden"))) int lone(int) __attribute__((ifunc("resolve_lone")));

int use(int x)
{
	return pick(x) + xpick(x) + lone(x);
}
