/* A banner and a table that no code writes, read with strlen, memcpy and
 * indexing: the fix changes the banner's text and size and adds a weight.
 * Only the GCC plugin can prove them constant, so the patch is built
 * through it. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char banner[] = "Server: demo/1.0 (patched, longer)";
static int weights[] = { 1, 2, 3, 4 };
/* volatile: at -O2 GCC would otherwise fold the weight once, before the loop */
static volatile int which = 3;

size_t __attribute__((noipa)) header(char *buf, size_t size)
{
	size_t n = strlen(banner);

	if (n + 1 > size)
		return 0;
	memcpy(buf, banner, n + 1);
	return n;
}

int __attribute__((noipa)) weight(int i)
{
	return weights[i % (int)(sizeof(weights) / sizeof(weights[0]))];
}

int main(void)
{
	char buf[128];

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		size_t n = header(buf, sizeof(buf));

		printf("%s len=%zu weight=%d\n", buf, n, weight(which));
		usleep(20000);
	}
}
