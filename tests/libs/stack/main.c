/* Prints what libx.so's lib_version() says. */
#include <stdio.h>
#include <unistd.h>

int lib_version(void);

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("lib %d\n", lib_version());
		usleep(20000);
	}
}
