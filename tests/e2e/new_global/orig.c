/* The fix adds a new global variable that the changed function updates. */
#include <stdio.h>
#include <unistd.h>

int ticks;

void __attribute__((noinline)) tick(void)
{
	ticks++;
	printf("tick\n");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		tick();
		usleep(20000);
	}
}
