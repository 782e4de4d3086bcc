/* The patient of test_switch: three functions, a line of their values
 * every 10 ms.  Level 1 changes first and second, level 2 first and third. */
#include <stdio.h>
#include <unistd.h>

int first(int x)
{
	return x + 21;
}

int second(int x)
{
	return x + 2;
}

int third(int x)
{
	return x + 23;
}

int main(void)
{
	for (;;) {
		printf("%d %d %d\n", first(0), second(0), third(0));
		fflush(stdout);
		usleep(10000);
	}
}
