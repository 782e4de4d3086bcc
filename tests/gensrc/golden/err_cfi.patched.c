/* Unwind information gensrc cannot write for the patch: refused, named. */
int step(int x)
{
	/* hand-written CFI: a return address column of its own */
	__asm__ volatile(".cfi_return_column 3");
	return x + 2;
}
