/* Four threads call work() in a tight loop; the main thread reports which
 * version each of them saw last. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NTHREADS 4

static volatile int last[NTHREADS];
static volatile int zero;	/* keeps -O2 from calling the pure work() once */
static volatile unsigned long calls[NTHREADS];

int __attribute__((noinline)) work(int x)
{
	return x + 1;
}

static void *worker(void *arg)
{
	long i = (long)arg;

	for (;;) {
		last[i] = work(zero);
		calls[i]++;
	}
	return NULL;
}

int main(void)
{
	pthread_t t;
	unsigned long seen[NTHREADS] = { 0 };
	int idle[NTHREADS] = { 0 };

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (long i = 0; i < NTHREADS; i++)
		pthread_create(&t, NULL, worker, (void *)i);
	for (;;) {
		usleep(20000);
		char state[NTHREADS + 1];
		int moving = 1;
		for (int i = 0; i < NTHREADS; i++) {
			state[i] = '0' + last[i];
			/* on a busy machine a thread may miss a few rounds of
			 * CPU; a whole second without a call is a stall */
			idle[i] = calls[i] == seen[i] ? idle[i] + 1 : 0;
			moving &= idle[i] < 50;
			seen[i] = calls[i];
		}
		state[NTHREADS] = 0;
		printf("state %s %s\n", state, moving ? "moving" : "stalled");
	}
}
