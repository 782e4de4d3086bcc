/* Calls a library function every few milliseconds: patched in the library. */
#include <stdio.h>
#include <unistd.h>

int lib_compute(int x);

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("lib_compute=%d\n", lib_compute(20));
		usleep(10000);
	}
}
