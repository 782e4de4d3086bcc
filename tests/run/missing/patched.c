#include <stdio.h>

int extra_func(int x);

__attribute__((noinline)) int compute(int x)
{
	return extra_func(x) - 58;
}

int main(void)
{
	printf("compute=%d\n", compute(40));
	return 0;
}
