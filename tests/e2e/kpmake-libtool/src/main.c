#include <stdio.h>
#include <unistd.h>

int greet(char *buf, int size, int n);

int main(void)
{
	char buf[64];

	for (int n = 0;; n = (n + 1) % 4) {
		greet(buf, sizeof(buf), n);
		printf("%s\n", buf);
		fflush(stdout);
		usleep(20000);
	}
}
