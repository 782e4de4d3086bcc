#include <stdio.h>
__attribute__((cold, noinline)) void report(int x) { printf("report %d\n", x); }
__attribute__((noipa)) int work(int x, int y) {
	int s = 0;
	for (int i = 0; i < y; i++) {
		if (x > 1000) { report(x); printf("oops %d\n", i); s -= 3; }
		s += i * x;
	}
	return s;
}
