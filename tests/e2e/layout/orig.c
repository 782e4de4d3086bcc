/* A sensor loop: each tick makes a reading on the stack and shows it. */
#include <stdio.h>
#include <unistd.h>

struct reading {
	int id;
	int value;
};

__attribute__((noipa)) static void show(const struct reading *r)
{
	printf("reading %d: %d\n", r->id, r->value);
	fflush(stdout);
}

__attribute__((noipa)) static void tick(int id)
{
	struct reading r = { id, 20 };

	show(&r);
}

int main(void)
{
	for (;;) {
		tick(1);
		usleep(20000);
	}
}
