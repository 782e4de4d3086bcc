/* Loads libx.so with dlopen only when FILE appears, then prints what the
 * library says. */
#include <dlfcn.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int (*lib_version)(void);
	void *h;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc != 3)
		return 2;
	while (access(argv[1], F_OK))
		usleep(20000);
	h = dlopen(argv[2], RTLD_NOW);
	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	lib_version = (int (*)(void))dlsym(h, "lib_version");
	for (;;) {
		printf("lib %d\n", lib_version());
		usleep(20000);
	}
}
