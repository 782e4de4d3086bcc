/* The fix starts to use stderr, a C library variable the original never
 * used: the executable holds no copy of it, and the patch must reach the
 * library's own through the GOT without the user asking for it. */
#include <stdio.h>
#include <unistd.h>

void __attribute__((noinline)) show(int v)
{
	fprintf(stderr, "value=%d on stderr\n", v);
}

/* volatile: at -O2 GCC would otherwise fold the value into the call */
static volatile int input = 7;

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		show(input);
		usleep(20000);
	}
}
