/* Prints its version every 20 ms. */
#include <stdio.h>
#include <unistd.h>

volatile int zero;	/* keeps -O2 from calling the pure version() once */

int __attribute__((noinline)) version(void)
{
	return zero + 1;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("v%d\n", version());
		usleep(20000);
	}
}
