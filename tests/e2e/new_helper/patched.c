/* The fix adds a new helper function that the changed function calls. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char name[32] = "operator";

static size_t __attribute__((noinline)) checked_len(const char *s)
{
	return strnlen(s, sizeof(name));
}

int __attribute__((noinline)) report(const char *who)
{
	return printf("hello %s (%zu chars)\n", who, checked_len(who));
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		report(name);
		usleep(20000);
	}
}
