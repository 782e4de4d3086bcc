/*
 * The patient of the patient-library tests.  MODE:
 *   threads N	N threads counting in counts[]; main prints "ready" then sleeps
 *   read	main blocks in read() on stdin inside parked(); prints what it got
 *   sleep MS	main sleeps MS ms in nanosleep and prints "slept MS rc ERRNO"
 * Always prints "counts ADDR" (address of the counters) and "code ADDR"
 * (an r-x page the test writes into) first.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_THREADS 64

volatile unsigned long counts[MAX_THREADS];

__attribute__((noipa, aligned(64))) int code_probe(void)
{
	return 41;
}

static void *count(void *arg)
{
	volatile unsigned long *c = arg;

	for (;;)
		(*c)++;
	return NULL;
}

__attribute__((noipa)) ssize_t parked(char *buf, size_t len)
{
	ssize_t r = read(0, buf, len);

	__asm__ volatile("" ::: "memory");
	return r;
}

static void on_signal(int sig)
{
	printf("signal %d\n", sig);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "threads";
	pthread_t th;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGUSR1, on_signal);
	printf("counts %p\ncode %p\n", (void *)counts, (void *)code_probe);
	if (!strcmp(mode, "threads")) {
		int n = argc > 2 ? atoi(argv[2]) : 1;

		for (int i = 1; i <= n && i < MAX_THREADS; i++)
			pthread_create(&th, NULL, count, (void *)&counts[i]);
		printf("ready\n");
		for (;;) {
			counts[0]++;
			if (code_probe() != 41) {
				printf("probe %d\n", code_probe());
				fflush(stdout);
				pause();
			}
			usleep(1000);
		}
	} else if (!strcmp(mode, "read")) {
		char buf[256];
		ssize_t r;

		printf("ready\n");
		r = parked(buf, sizeof(buf) - 1);
		if (r >= 0)
			buf[r] = '\0';
		printf("read %zd %s errno %d\n", r, r >= 0 ? buf : "", r < 0 ? errno : 0);
	} else if (!strcmp(mode, "sleep")) {
		long ms = argc > 2 ? atol(argv[2]) : 1000;
		struct timespec ts = { ms / 1000, (ms % 1000) * 1000000 }, a, b;
		int rc;

		printf("ready\n");
		clock_gettime(CLOCK_MONOTONIC, &a);
		rc = nanosleep(&ts, NULL);
		clock_gettime(CLOCK_MONOTONIC, &b);
		printf("slept %ld rc %d errno %d\n",
		       (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000, rc,
		       rc ? errno : 0);
	}
	return 0;
}
