/* The fix adds the unit only: no layout changes. */
#include <stdio.h>
#include <unistd.h>

struct reading {
	int id;
	int value;
};

__attribute__((noipa)) static void show(const struct reading *r)
{
	printf("reading %d: %d mV\n", r->id, r->value);
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
