/* A changed string constant among unchanged ones. */
#include <stdio.h>
#include <unistd.h>

static const char *__attribute__((noinline)) greeting(int n)
{
	if (n > 100)
		return "many";
	return "hello, patched world";
}

void __attribute__((noinline)) say(int n)
{
	printf("%s #%s\n", greeting(n), n > 1000 ? "big" : "small");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		say(1);
		usleep(20000);
	}
}
