/* The line rule on tail calls and on call blocks several error paths share
 * (-Os jumps into one with a conditional jump). */
int corrupt_error(int line);
extern int g;

int fixed(int x)
{
	return x;
}
int f1(int x)
{
	if (x == 1)
		return corrupt_error(__LINE__);
	if (x == 2)
		return corrupt_error(__LINE__);
	if (x == 3) {
		g = 5;
		return corrupt_error(__LINE__);
	}
	return x;
}
int f2(int x, int y)
{
	int rc = 0;
	if (x == 1)
		rc = corrupt_error(__LINE__);
	else if (y == 2)
		rc = corrupt_error(__LINE__);
	else if (x + y == 7)
		rc = corrupt_error(__LINE__);
	return rc + 1;
}
