/* The line rule where an inlined error helper's line argument is hoisted
 * away from its call, or loaded for a call block two lines share. */
void sqlite3_log(int code, const char *fmt, ...);
static int corruptError(int lineno)
{
	sqlite3_log(11, "%s at line %d of [%.10s]", "database corruption", lineno, "abc");
	return 11;
}
#define CORRUPT_BKPT corruptError(__LINE__)
int fixed(int x)
{
	return x;
}
int pageCheck(int a, int b)
{
	if (a < 0)
		return CORRUPT_BKPT;
	if (b > a)
		return CORRUPT_BKPT;
	return a + b;
}
int other(int a)
{
	if (a == 3)
		return CORRUPT_BKPT;
	return 0;
}
