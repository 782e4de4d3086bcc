/*
 * IFUNCs of a library: hidden (IRELATIVE, through the PLT), exported
 * (JUMP_SLOT, through the PLT) and exported noplt (GLOB_DAT).
 */
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
int ypick(int) __attribute__((ifunc("resolve")));
__attribute__((visibility("hidden"))) int lone(int) __attribute__((ifunc("resolve_lone")));

int use(int x)
{
	return pick(x) + xpick(x) + ypick(x) + lone(x);
}
