/* The proof tests' patient: prints one value in a loop.  spare() is never
 * called; the tests change its code in the patient to show a mismatch. */
#include <stdio.h>
#include <unistd.h>

int factor = 2;
static volatile int input = 20;

static int __attribute__((noinline)) scale(int x)
{
	return x * factor + 20;
}

int __attribute__((noinline)) compute(int x)
{
	return scale(x) + 1;
}

int __attribute__((noinline)) spare(int x)
{
	return x * 9 - factor;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("value=%d\n", compute(input));
		usleep(10000);
	}
}
