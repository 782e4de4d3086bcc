#include <stdio.h>
#include <stdlib.h>

/* default visibility: a program may copy, assign or interpose each of these */
int counter_limit = 10;
FILE *lib_log;

void *lib_alloc(size_t n)
{
	return malloc(n);
}

void lib_release(void *p)
{
	free(p);
}

int __attribute__((noinline)) report(int round)
{
	char *p = lib_alloc(16);

	fprintf(lib_log ? lib_log : stderr, "REPORT %d limit %d\n", round, counter_limit);
	lib_release(p);
	return 0;
}
