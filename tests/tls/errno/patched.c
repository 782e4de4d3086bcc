/*
 * Two threads call report() in a loop; the patch makes it fail a system
 * call (open of a missing file in thread 0, close(-1) in thread 1) and
 * print strerror(errno) to stderr and the errno value to stdout.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) void report(int idx)
{
	int fd, err;

	errno = 0;
	if (idx)
		fd = close(-1);
	else
		fd = open("/nonexistent/libcare-tls", O_RDONLY);
	err = errno;
	fprintf(stderr, "thread %d: %s\n", idx, strerror(errno));
	printf("thread %d errno %d fd %d\n", idx, err, fd);
	fflush(stdout);
}

static void *worker(void *arg)
{
	for (;;) {
		report((int)(long)arg);
		usleep(20000);
	}
	return NULL;
}

int main(void)
{
	pthread_t t[2];
	long i;

#ifdef ORIG_USES_STDERR
	fputs("started\n", stderr);
#endif
	for (i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, worker, (void *)i);
	for (i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	return 0;
}
