#include <stdio.h>

/* a comment that moves every line below */
static int total;

__attribute__((noipa)) void add(int x)
{
	total += x;
}

int main(void) { add(2); printf("%d\n", total); return 0; }
