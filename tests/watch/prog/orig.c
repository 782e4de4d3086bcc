/* A program that says, every few milliseconds, which version of answer() it runs. */
#include <stdio.h>
#include <unistd.h>

/* each test builds its own copy (-DTAG='"case"'): BuildIDs differ, so a
 * watcher of one test never patches another test's programs */
#ifndef TAG
#define TAG ""
#endif
const char *build_tag = TAG;

static volatile int bias = 1;

__attribute__((noinline)) int answer(int x)
{
	return x + bias;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("answer=%d\n", answer(40));
		usleep(10000);
	}
}
