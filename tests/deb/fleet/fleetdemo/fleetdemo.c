/* fleetdemo: the service deb.fleet rolls a live patch out to.  It reports
 * its state every 50 ms; fix.patch changes what it reports. */
#include <stdio.h>
#include <unistd.h>

int __attribute__((noinline)) state(void)
{
	return printf("fleet: unpatched\n");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		state();
		usleep(50000);
	}
}
