/* The seed of fuzz_strip: a program whose patch changes a function, a
 * static one, adds a variable and a string, and calls through the PLT. */
#include <stdio.h>
#include <string.h>

int counter = 1;
static int hidden = 2;
__thread int per_thread = 3;
int added = 5;

static int __attribute__((noinline)) helper(int x)
{
	return x * hidden + added;
}

int __attribute__((noinline)) compute(int x)
{
	printf("%s\n", "patched");
	return helper(x) + counter + per_thread + (int)strlen("more");
}

int main(int argc, char **argv)
{
	(void)argv;
	printf("%d %zu\n", compute(argc), strlen("original"));
	return 0;
}
