#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* read from memory so that compute() is long enough for the entry jump */
static volatile int bias = 1;

__attribute__((noinline)) int compute(int x)
{
	return x + bias + 1;
}

/* runs after the entry point, before main: must already see the fix */
__attribute__((constructor)) static void early(void)
{
	printf("early=%d\n", compute(0));
}

int main(int argc, char **argv)
{
	printf("compute=%d\n", compute(40));
	for (int i = 1; i < argc; i++)
		printf("arg%d=%s\n", i, argv[i]);
	fflush(stdout);
	if (argc > 1 && !strcmp(argv[argc - 1], "abort"))
		abort();
	return argc + 10;
}
