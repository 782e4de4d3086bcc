/* a worker that may leave by pthread_exit() returns in a way: no flag */
#include <pthread.h>
#include <stdio.h>
void *worker(void *a)
{
	for (;;) {
		if (getchar() == 'q')
			pthread_exit(NULL);
		puts("b");
	}
}
