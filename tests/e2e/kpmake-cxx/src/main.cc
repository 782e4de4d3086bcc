#include <cstdio>
#include <unistd.h>

#include "tag.h"

int main()
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("%s %s\n", tag(1).c_str(), other(2).c_str());
		usleep(20000);
	}
}
