/* The line rule: fixed() really changes; check() only sees its assert()
 * and ERR() lines move; notline() passes a constant that is no line. */
#include <assert.h>

void report(const char *file, int line, const char *msg);
#define ERR(msg) report(__FILE__, __LINE__, msg)

int fixed(int x)
{
	if (x < 0)
		return 0;
	return x + 1;
}

int check(int x)
{
	assert(x > 0);
	if (x > 100) {
		ERR("too big");
		return -1;
	}
	if (x > 50)
		ERR("big");
	return x * 2;
}

void notline(void)
{
	report("here", 41, "constant");
}
