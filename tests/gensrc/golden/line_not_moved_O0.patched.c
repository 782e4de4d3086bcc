/* Not a moved line: the fix changes a constant argument that happens to be
 * a line number of the function; step() must be patched. */
void report(int code);

void step(int x)
{
	if (x)
		report(9);
	report(9);
}
