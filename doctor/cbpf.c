/*
 * Classic BPF as seccomp runs it (see cbpf.h).  The kernel checked the
 * program when it was loaded; this interpreter checks again anyway, so a
 * filter read back wrong ends in -EINVAL, never in a guess.
 */
#include <errno.h>
#include <string.h>

#include "doctor/cbpf.h"

#define SCRATCH_WORDS	16	/* BPF_MEMWORDS */

/* A, after the ALU operation of CODE with operand V; -EINVAL if unknown. */
static int alu(uint16_t code, uint32_t *a, uint32_t v)
{
	switch (BPF_OP(code)) {
	case BPF_ADD: *a += v; break;
	case BPF_SUB: *a -= v; break;
	case BPF_MUL: *a *= v; break;
	case BPF_OR: *a |= v; break;
	case BPF_AND: *a &= v; break;
	case BPF_XOR: *a ^= v; break;
	case BPF_NEG: *a = -*a; break;
	case BPF_DIV:
		if (!v)
			return 1;	/* the program returns 0 */
		*a /= v;
		break;
	case BPF_LSH:
		if (v >= 32)
			return -EINVAL;
		*a <<= v;
		break;
	case BPF_RSH:
		if (v >= 32)
			return -EINVAL;
		*a >>= v;
		break;
	default:
		return -EINVAL;
	}
	return 0;
}

/* Whether the conditional jump CODE is taken for A against V. */
static int cond(uint16_t code, uint32_t a, uint32_t v, int *taken)
{
	switch (BPF_OP(code)) {
	case BPF_JEQ: *taken = a == v; break;
	case BPF_JGT: *taken = a > v; break;
	case BPF_JGE: *taken = a >= v; break;
	case BPF_JSET: *taken = (a & v) != 0; break;
	default: return -EINVAL;
	}
	return 0;
}

static int load_word(const void *data, size_t len_data, uint32_t off, uint32_t *out)
{
	if (off % 4 || off > len_data || len_data - off < 4)
		return -EINVAL;
	memcpy(out, (const uint8_t *)data + off, 4);
	return 0;
}

int cbpf_run(const struct sock_filter *prog, size_t len, const void *data, size_t len_data,
	     uint32_t *result)
{
	uint32_t a = 0, x = 0, mem[SCRATCH_WORDS] = { 0 };
	size_t pc = 0;
	int ret, taken;

	while (pc < len) {
		const struct sock_filter *in = &prog[pc++];
		uint16_t code = in->code;

		switch (code) {
		case BPF_LD | BPF_W | BPF_ABS:
			if (load_word(data, len_data, in->k, &a))
				return -EINVAL;
			continue;
		case BPF_LD | BPF_W | BPF_LEN:
			a = (uint32_t)len_data;
			continue;
		case BPF_LDX | BPF_W | BPF_LEN:
			x = (uint32_t)len_data;
			continue;
		case BPF_LD | BPF_IMM:
			a = in->k;
			continue;
		case BPF_LDX | BPF_IMM:
			x = in->k;
			continue;
		case BPF_LD | BPF_MEM:
		case BPF_LDX | BPF_MEM:
		case BPF_ST:
		case BPF_STX:
			if (in->k >= SCRATCH_WORDS)
				return -EINVAL;
			if (code == (BPF_LD | BPF_MEM))
				a = mem[in->k];
			else if (code == (BPF_LDX | BPF_MEM))
				x = mem[in->k];
			else
				mem[in->k] = code == BPF_ST ? a : x;
			continue;
		case BPF_MISC | BPF_TAX:
			x = a;
			continue;
		case BPF_MISC | BPF_TXA:
			a = x;
			continue;
		case BPF_RET | BPF_K:
			*result = in->k;
			return 0;
		case BPF_RET | BPF_A:
			*result = a;
			return 0;
		case BPF_JMP | BPF_JA:
			if (in->k >= len - pc)
				return -EINVAL;
			pc += in->k;
			continue;
		}
		switch (BPF_CLASS(code)) {
		case BPF_ALU:
			if (BPF_OP(code) == BPF_NEG && BPF_SRC(code) != BPF_K)
				return -EINVAL;
			ret = alu(code, &a, BPF_SRC(code) == BPF_X ? x : in->k);
			if (ret < 0)
				return ret;
			if (ret) {
				*result = 0;
				return 0;
			}
			continue;
		case BPF_JMP:
			if (cond(code, a, BPF_SRC(code) == BPF_X ? x : in->k, &taken))
				return -EINVAL;
			pc += taken ? in->jt : in->jf;
			if (pc >= len)
				return -EINVAL;
			continue;
		default:
			return -EINVAL;
		}
	}
	return -EINVAL;	/* fell off the end: the kernel never loads such a program */
}
