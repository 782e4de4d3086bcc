#include <stdio.h>
#include <unistd.h>

int global_count = 1;
static int static_count = 2;
static __thread int tls_count = 3;

static int __attribute__((noinline)) helper(int x)
{
	return x + static_count;
}

void __attribute__((noinline)) report(void)
{
	static int calls;

	calls++;
	fprintf(stdout, "unpatched %d %d\n", global_count, calls);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	while (1) {
		report();
		global_count = helper(global_count) + tls_count;
		sleep(1);
	}
}
