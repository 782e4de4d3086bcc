#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

extern int counter_limit;
extern FILE *lib_log;
int report(int round);

static int releases;

/* interposes the library's own lib_release: every report() lands here */
void lib_release(void *p)
{
	releases++;
	free(p);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	counter_limit = 42;
	lib_log = stdout;
	for (int round = 1;; round++) {
		report(round);
		printf("round %d releases %d\n", round, releases);
		usleep(50000);
	}
}
