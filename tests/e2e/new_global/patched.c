/* The fix adds a new global variable that the changed function updates. */
#include <stdio.h>
#include <unistd.h>

int ticks;
long patched_calls = 1000;

void __attribute__((noinline)) tick(void)
{
	ticks++;
	patched_calls++;
	printf("tick %s\n", patched_calls > 1000 && ticks > 0 ? "counted" : "wrong");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		tick();
		usleep(20000);
	}
}
