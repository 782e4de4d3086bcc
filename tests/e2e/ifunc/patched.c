/* A program's own IFUNC: the resolver chooses add_b; the patched compute
 * must call add_b (through the program's PLT), never the resolver. */
#include <stdio.h>
#include <unistd.h>

static int add_a(int x)
{
	return x + 1;
}

static int add_b(int x)
{
	return x + 10;
}

static int (*resolve_add(void))(int)
{
	return getpid() > 0 ? add_b : add_a;
}

int add(int x) __attribute__((ifunc("resolve_add")));

__attribute__((noipa)) int compute(int x)
{
	int (*volatile by_address)(int) = add;

	return add(x) * 100 + by_address(x);
}

int main(void)
{
	for (;;) {
		printf("value %d\n", compute(1));
		fflush(stdout);
		usleep(20000);
	}
}
