/* Eight threads call the library's lib_step(), each on its own values. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NTHREADS 8
#define RANGE 1000000

int lib_step(void);
int lib_other(void);
void lib_set(int v);

static void *worker(void *arg)
{
	int idx = (int)(long)arg, prev, now, last_step = 0;

	lib_set(idx * RANGE);
	prev = idx * RANGE;
	for (;;) {
		now = lib_step();
		if (lib_other() != now || now < idx * RANGE || now >= (idx + 1) * RANGE) {
			printf("thread %d BROKEN lib_step %d lib_other %d\n", idx, now, lib_other());
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
