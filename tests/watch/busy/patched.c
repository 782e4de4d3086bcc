/* A program that never leaves the function its patch changes: busy for good. */
#include <stdio.h>
#include <unistd.h>

__attribute__((noinline)) void wait_here(int n)
{
	for (;;) {
		printf("waiting=%d\n", n + 1);
		usleep(10000);
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	wait_here(1);
	return 0;
}
