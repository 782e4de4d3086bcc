/* Unwind information gensrc cannot write for the patch: refused, named. */
int step(int x)
{
	return x + 1;
}
