/* The fix changes main, whose endless loop never returns. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("tock\n");
		usleep(20000);
	}
}
