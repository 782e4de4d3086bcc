/*
 * The patient of the race tests.  MODE:
 *   signals	counts queued SIGRTMIN deliveries (counts[1]) and the sum of their
 *		values (counts[2]) in the main thread; a second thread spins
 *		(counts[3]) with the signal blocked; main loops in usleep (counts[0])
 *   exit MS	three spinning threads; the process exits after MS ms
 *   sleep	main loops over 50 ms nanosleeps (counts[0]); aborts on a short
 *		sleep or an error, as a program would misbehave
 * Prints "counts ADDR" then "ready".
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

volatile unsigned long counts[4];

static void on_rt(int sig, siginfo_t *si, void *uc)
{
	(void)sig;
	(void)uc;
	counts[1]++;
	counts[2] += (unsigned long)si->si_value.sival_int;
}

static void *spin(void *arg)
{
	volatile unsigned long *c = arg;
	sigset_t set;

	/* one handler at a time: the counters are plain increments */
	sigemptyset(&set);
	sigaddset(&set, SIGRTMIN);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	for (;;)
		(*c)++;
	return NULL;
}

static void sleep_loop(void)
{
	for (;;) {
		struct timespec a, b, ts = { 0, 50000000 };
		long us;

		clock_gettime(CLOCK_MONOTONIC, &a);
		if (nanosleep(&ts, NULL)) {
			printf("nanosleep: %s\n", strerror(errno));
			abort();
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		us = (b.tv_sec - a.tv_sec) * 1000000 + (b.tv_nsec - a.tv_nsec) / 1000;
		if (us < 50000) {
			printf("short sleep: %ld us\n", us);
			abort();
		}
		counts[0]++;
	}
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "signals";
	pthread_t th;

	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("counts %p\n", (void *)counts);
	if (!strcmp(mode, "signals")) {
		struct sigaction sa = { .sa_sigaction = on_rt, .sa_flags = SA_SIGINFO | SA_RESTART };

		sigaction(SIGRTMIN, &sa, NULL);
		pthread_create(&th, NULL, spin, (void *)&counts[3]);
		printf("ready\n");
		for (;;) {
			counts[0]++;
			usleep(100);
		}
	} else if (!strcmp(mode, "exit")) {
		for (int i = 1; i <= 3; i++)
			pthread_create(&th, NULL, spin, (void *)&counts[i]);
		printf("ready\n");
		usleep((useconds_t)(argc > 2 ? atoi(argv[2]) : 10) * 1000);
		exit(0);
	} else if (!strcmp(mode, "sleep")) {
		printf("ready\n");
		sleep_loop();
	}
	return 0;
}
