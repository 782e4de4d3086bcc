/* One thread parks inside parked() (blocked in read); the main thread keeps
 * printing.  With an argument the program exits after that many ms. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int fds[2];

int __attribute__((noinline)) parked(void)
{
	char c;
	int n = read(fds[0], &c, 1);

	printf("parked woke: %d\n", n);
	return n;
}

static void *parker(void *arg)
{
	(void)arg;
	parked();
	return NULL;
}

int __attribute__((noinline)) heartbeat(int i)
{
	return printf("alive %d\n", i & 1);
}

int main(int argc, char **argv)
{
	pthread_t t;
	int ms = argc > 1 ? atoi(argv[1]) : 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (pipe(fds))
		return 1;
	pthread_create(&t, NULL, parker, NULL);
	for (int i = 0; ms == 0 || i * 20 < ms; i++) {
		heartbeat(i);
		usleep(20000);
	}
	return 0;
}
