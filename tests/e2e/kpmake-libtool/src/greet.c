#include <stdio.h>

int greet(char *buf, int size, int n)
{
	return snprintf(buf, size, "hello %d", n);
}
