/* The patient of deb.fleet: a service that reports its state every 50 ms;
 * the fix changes what it reports. */
#include <stdio.h>
#include <unistd.h>

int __attribute__((noinline)) state(void)
{
	return printf("fleet: patched by its package\n");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		state();
		usleep(50000);
	}
}
