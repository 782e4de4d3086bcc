/*
 * Reads and resets the stopwatch patient's board.
 *   board FILE reset       start a new measurement
 *   board FILE max N       longest gap (us) any of N threads saw since
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define MAX_THREADS 128

struct board {
	volatile uint64_t generation;
	volatile uint64_t max_gap_ns[MAX_THREADS];
	volatile uint64_t seen_generation[MAX_THREADS];
};

int main(int argc, char **argv)
{
	struct board *b;
	int fd;

	if (argc < 3)
		return 2;
	fd = open(argv[1], O_RDWR);
	if (fd < 0) {
		perror(argv[1]);
		return 1;
	}
	b = mmap(NULL, sizeof(*b), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (b == MAP_FAILED)
		return 1;
	if (!strcmp(argv[2], "reset")) {
		b->generation++;
		return 0;
	}
	if (!strcmp(argv[2], "max") && argc == 4) {
		int n = atoi(argv[3]);
		uint64_t max = 0;

		for (int i = 0; i < n && i < MAX_THREADS; i++) {
			if (b->seen_generation[i] != b->generation) {
				fprintf(stderr, "board: thread %d has not seen the reset\n", i);
				return 1;
			}
			if (b->max_gap_ns[i] > max)
				max = b->max_gap_ns[i];
		}
		printf("%.1f\n", max / 1000.0);
		return 0;
	}
	return 2;
}
