/* A patient that spends its time in work(), which the fix changes; the
 * low bit of its result says which version ran. */
#include <stdio.h>
#include <unistd.h>

volatile unsigned long sink;

unsigned long __attribute__((noipa)) work(unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++)
		s += i * i + (s >> 3);
	return s << 1;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (unsigned long round = 0;; round++) {
		sink = work(400000);
		if (round % 16 == 0)
			printf("version %lu\n", 1 + (sink & 1));
		usleep(1000);
	}
}
