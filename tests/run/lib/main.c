#include <stdio.h>

int lib_compute(int x);

int main(void)
{
	printf("lib_compute=%d\n", lib_compute(20));
	return 0;
}
