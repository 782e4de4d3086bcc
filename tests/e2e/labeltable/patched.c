/* A computed-goto interpreter: the fix is in one opcode handler, and the
 * patched function must jump through a table of its own labels. */
#include <stdio.h>
#include <unistd.h>

enum { OP_INC, OP_DBL, OP_END };

int __attribute__((noipa)) run(const unsigned char *code, int acc)
{
	static const void *const table[] = { &&op_inc, &&op_dbl, &&op_end };

	goto *table[*code++];
op_inc:
	acc += 10;
	goto *table[*code++];
op_dbl:
	acc *= 2;
	goto *table[*code++];
op_end:
	return acc;
}

static const unsigned char program[] = { OP_INC, OP_DBL, OP_INC, OP_END };
/* volatile: at -O2 GCC would otherwise compute once, before the loop */
static volatile int input = 5;

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		printf("result=%d\n", run(program, input));
		usleep(20000);
	}
}
