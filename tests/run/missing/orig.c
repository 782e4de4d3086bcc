#include <stdio.h>

__attribute__((noinline)) int compute(int x)
{
	return x + 1;
}

int main(void)
{
	printf("compute=%d\n", compute(40));
	return 0;
}
