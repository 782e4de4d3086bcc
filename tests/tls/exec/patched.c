/*
 * Eight threads, each with its own values of three thread-local counters:
 * one of this file (local-exec), one of another file of the program
 * (initial-exec, relaxed by the linker) and one of a shared library
 * (initial-exec through the GOT).  step() adds 1 to each; the patch adds
 * 10.  Every thread checks that the three agree and stay in its own range,
 * and says when its step size changes.
 */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NTHREADS 8
#define RANGE 1000000

__thread int counter;
extern __thread int other_tu;
extern __thread int lib_counter;

__attribute__((noinline)) int step(void)
{
	counter += 10;
	other_tu += 10;
	lib_counter += 10;
	return counter;
}

static void *worker(void *arg)
{
	int idx = (int)(long)arg, prev, now, last_step = 0;

	counter = other_tu = lib_counter = idx * RANGE;
	prev = counter;
	for (;;) {
		now = step();
		if (now != counter || other_tu != counter || lib_counter != counter ||
		    now < idx * RANGE || now >= (idx + 1) * RANGE) {
			printf("thread %d BROKEN counter=%d other_tu=%d lib_counter=%d step returned %d\n",
			       idx, counter, other_tu, lib_counter, now);
			fflush(stdout);
			return NULL;
		}
		if (now - prev != last_step) {
			last_step = now - prev;
			printf("thread %d step %d\n", idx, last_step);
			fflush(stdout);
		}
		prev = now;
		usleep(2000);
	}
}

int main(void)
{
	pthread_t t[NTHREADS];
	long i;

	for (i = 0; i < NTHREADS; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	for (i = 0; i < NTHREADS; i++)
		pthread_join(t[i], NULL);
	return 0;
}
