// The program that maps libfoo.so: it calls answer() and catches what
// it throws, half of the calls.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <unistd.h>
std::string answer(int n);
int main()
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (long i = 0;; i++) {
		try {
			printf("%s\n", answer(i % 2 ? -1 : 3).c_str());
		} catch (const std::exception &e) {
			if (i % 1000 == 1) printf("caught %s\n", e.what());
		}
		if (i % 1000 == 0) usleep(20000);
	}
}
