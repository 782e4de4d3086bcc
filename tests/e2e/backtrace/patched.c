/* backtrace() called under a function the fix changes: from the patch
 * code it must still reach main.  The first call loads the unwinder. */
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int __attribute__((noipa)) walk(void)
{
	void *frames[64];
	int n = backtrace(frames, 64), found = 0;
	char **names = backtrace_symbols(frames, n);

	for (int i = 0; i < n && names; i++)
		found |= strstr(names[i], "(main+") != NULL;
	free(names);
	return found;
}

void __attribute__((noipa)) report(void)
{
	int found = walk();

	printf("version 2: %s\n", found ? "backtrace reaches main" : "backtrace stops early");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		report();
		usleep(20000);
	}
}
