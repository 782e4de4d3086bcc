/*
 * The cost of a call into a patched function: the program calls work() in
 * batches and prints the nanoseconds per call of each batch.  The patch
 * changes work()'s constant only, so the body costs the same and what
 * differs is the entry jump into the patch region.
 */
#include <stdio.h>
#include <time.h>

static volatile int sink;

int __attribute__((noinline)) work(int x)
{
	return x * 3 + 2;
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		double t0 = now_ns();
		int acc = 0;

		for (int i = 0; i < 20000000; i++)
			acc += work(i);
		sink = acc;
		printf("%.3f %d\n", (now_ns() - t0) / 20000000, work(1));
	}
}
