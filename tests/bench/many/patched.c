/*
 * A small patient for the -p all benchmark: one thread that prints its
 * version once, then again every second, asleep in between, as most of a
 * machine's processes are.
 */
#include <stdio.h>
#include <unistd.h>

volatile int zero;	/* keeps -O2 from calling the pure version() once */

int __attribute__((noinline)) version(void)
{
	return zero + 2;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("v%d\n", version());
		sleep(1);
	}
}
