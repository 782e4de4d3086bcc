/*
 * A library's own thread-local variables, reached the way -fPIC code
 * reaches them (general-dynamic for the exported one, local-dynamic for
 * the static one) or, built -ftls-model=initial-exec, through the GOT.
 * lib_step() adds 1 to both; the patch adds 10.
 */
__thread int lib_gd;
static __thread int lib_ld;
__thread int lib_unused;
__thread long lib_pad = 1;	/* keeps the others off offset 0 */

__attribute__((noinline)) int lib_step(void)
{
	lib_gd += 1;
	lib_ld += 1;
	lib_unused++;
	return lib_gd;
}

int lib_other(void)
{
	return lib_ld;
}

void lib_set(int v)
{
	lib_gd = lib_ld = v;
}
