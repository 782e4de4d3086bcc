/* Prints its version every 20 ms; three more threads wake every 2 ms, so
 * that a patch stops several threads at once. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

volatile int zero;	/* keeps -O2 from calling the pure version() once */

int __attribute__((noinline)) version(void)
{
	return zero + 2;
}

static void *worker(void *arg)
{
	(void)arg;
	for (;;)
		usleep(2000);
	return NULL;
}

int main(void)
{
	pthread_t t;

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (int i = 0; i < 3; i++)
		pthread_create(&t, NULL, worker, NULL);
	for (;;) {
		printf("v%d\n", version());
		usleep(20000);
	}
}
