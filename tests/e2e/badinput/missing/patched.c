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

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("compute=%d\n", compute(20));
		usleep(20000);
	}
}
