/* A program that never leaves the function its patch changes: busy for good. */
#include <stdio.h>
#include <unistd.h>

/* each test builds its own copy (-DTAG='"case"'): BuildIDs differ, so a
 * watcher of one test never patches another test's programs */
#ifndef TAG
#define TAG ""
#endif
const char *build_tag = TAG;

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
