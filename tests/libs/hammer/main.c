/* 100 threads call libx.so's lib_version() in a loop and count the calls
 * by the version that answered; once FILE exists they stop, and the main
 * thread prints the sums. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NTHREADS 100

int lib_version(void);

struct counts {
	unsigned long total, v1, v2, other;
} __attribute__((aligned(64)));

static struct counts counts[NTHREADS];
static volatile int stop;

static void *worker(void *arg)
{
	struct counts *c = arg;

	while (!stop) {
		int v = lib_version();

		c->v1 += v == 1;
		c->v2 += v == 2;
		c->other += v != 1 && v != 2;
		c->total++;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t[NTHREADS];
	struct counts sum = { 0 };

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc != 2)
		return 2;
	for (int i = 0; i < NTHREADS; i++)
		pthread_create(&t[i], NULL, worker, &counts[i]);
	printf("started\n");
	while (access(argv[1], F_OK)) {
		printf("version %d\n", lib_version());
		usleep(20000);
	}
	stop = 1;
	for (int i = 0; i < NTHREADS; i++) {
		pthread_join(t[i], NULL);
		sum.total += counts[i].total;
		sum.v1 += counts[i].v1;
		sum.v2 += counts[i].v2;
		sum.other += counts[i].other;
	}
	printf("total %lu v1 %lu v2 %lu other %lu\n", sum.total, sum.v1, sum.v2, sum.other);
	return 0;
}
