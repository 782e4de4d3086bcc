/*
 * A patient that measures its own stops: one thread reads the clock in a
 * tight loop and keeps the longest gap it saw in a file shared with the
 * benchmark (argv[2]); the others (argv[1] threads in all) wake every
 * 2 ms, as a server's workers do, and must be stopped too.  The benchmark
 * bumps `generation` to start a new measurement.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define MAX_THREADS 128

struct board {
	volatile uint64_t generation;
	volatile uint64_t max_gap_ns[MAX_THREADS];
	volatile uint64_t seen_generation[MAX_THREADS];
};

static struct board *board;

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

static volatile int bump;

int __attribute__((noinline)) version(void)
{
	return 2 + bump;
}

static void *idle_thread(void *arg)
{
	(void)arg;
	for (;;)
		usleep(2000);
	return NULL;
}

static void *clock_thread(void *arg)
{
	long i = (long)arg;
	uint64_t gen = ~0ull, prev = now_ns(), max = 0;

	for (;;) {
		uint64_t t = now_ns();

		if (board->generation != gen) {
			gen = board->generation;
			max = 0;
			prev = t;
			board->max_gap_ns[i] = 0;
			board->seen_generation[i] = gen;
		}
		if (t - prev > max) {
			max = t - prev;
			board->max_gap_ns[i] = max;
		}
		prev = t;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 1;
	pthread_t t;
	int fd;

	if (argc < 3 || n < 1 || n > MAX_THREADS)
		return 2;
	fd = open(argv[2], O_RDWR | O_CREAT, 0600);
	if (fd < 0 || ftruncate(fd, sizeof(*board)))
		return 1;
	board = mmap(NULL, sizeof(*board), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (board == MAP_FAILED)
		return 1;
	pthread_create(&t, NULL, clock_thread, (void *)0);
	for (long i = 1; i < n; i++)
		pthread_create(&t, NULL, idle_thread, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("version %d\n", version());
		sleep(1);
	}
}
