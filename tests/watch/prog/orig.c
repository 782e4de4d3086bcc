/* A program that says, every few milliseconds, which version of answer() it runs. */
#include <stdio.h>
#include <unistd.h>

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
