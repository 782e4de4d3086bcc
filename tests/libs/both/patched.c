/* Links libx.so; prints its own version and the library's. */
#include <stdio.h>
#include <unistd.h>

int lib_version(void);

int __attribute__((noinline)) prog_version(void)
{
	return 2;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("prog %d lib %d\n", prog_version(), lib_version());
		usleep(20000);
	}
}
