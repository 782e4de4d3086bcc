#include <stdio.h>
#include <unistd.h>

int g_compute(int x);

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	while (1) {
		printf("value %d\n", g_compute(1));
		usleep(100000);
	}
}
