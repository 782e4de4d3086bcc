/* A computed-goto interpreter: the fix is in one opcode handler, and the
 * patched function must jump through a table of its own labels. */

enum { OP_INC, OP_DBL, OP_END };

int __attribute__((noipa)) run(const unsigned char *code, int acc)
{
	static const void *table[] = { &&op_inc, &&op_dbl, &&op_end };

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

