/* A changed static function, called through a global one. */
#include <stdio.h>
#include <unistd.h>

int extra_func(int x);

static int __attribute__((noinline)) scale(int x)
{
	return extra_func(x);
}

int __attribute__((noinline)) compute(int x)
{
	return scale(x) + 1;
}

/* volatile: at -O2 GCC would otherwise call the pure compute() once,
 * before the loop */
static volatile int input = 20;

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("compute=%d\n", compute(input));
		usleep(20000);
	}
}
