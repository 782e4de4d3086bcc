/* A fix that moves the __LINE__ of later assert()s and error reports: only
 * compute() really changes; validate() and clamp() must stay unpatched. */
#include <assert.h>
#include <stdio.h>
#include <unistd.h>

#define FAIL(msg) report_error(__FILE__, __LINE__, msg)

void __attribute__((noinline)) report_error(const char *file, int line, const char *msg)
{
	fprintf(stderr, "%s:%d: %s\n", file, line, msg);
}

int __attribute__((noinline)) compute(int x)
{
	return x * 2;
}

int __attribute__((noinline)) validate(int x)
{
	assert(x >= 0);
	if (x > 1000) {
		FAIL("too large");
		return 0;
	}
	return 1;
}

int __attribute__((noinline)) clamp(int x)
{
	assert(x < 100000);
	if (x < 0)
		FAIL("negative");
	return x;
}

/* volatile: at -O2 GCC would otherwise compute once, before the loop */
static volatile int input = 20;

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("compute=%d valid=%d\n", compute(clamp(input)), validate(input));
		usleep(20000);
	}
}
