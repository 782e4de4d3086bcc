/*
 * What the x86-64 linker does to GOT and TLS accesses, and how LibCare
 * takes each back (psABI appendix B; the relaxations GNU ld performs).
 * The field of a RIP-relative operand is the last 4 bytes before an
 * immediate, so the opcode and ModRM sit at POS-2 and POS-1.
 */
#include <elf.h>
#include <errno.h>
#include <string.h>

#include "insn_rewrite.h"

#define MODRM_RIP(m)	(((m) & 0xc7) == 0x05)	/* mod 00, r/m 101: disp32(%rip) */
#define MODRM_REG(m)	(((m) & 0xc0) == 0xc0)	/* mod 11: a register operand */
#define MODRM_DISP32(m)	(((m) & 0xc0) == 0x80)	/* mod 10: disp32(%reg) */

/* Opcodes of "op disp32(%rip), %reg" and the direct forms ld makes. */
#define OP_MOV_LOAD	0x8b
#define OP_LEA		0x8d
#define OP_GROUP5	0xff	/* ModRM 0x15: call *; 0x25: jmp * */
#define OP_MOV_IMM	0xc7
#define OP_BINOP_IMM	0x81
#define OP_TEST_IMM	0xf7
#define OP_ADD_LOAD	0x03
#define OP_CALL_REL	0xe8
#define OP_JMP_REL	0xe9
#define PREFIX_ADDR32	0x67
#define PREFIX_DATA16	0x66
#define PREFIX_BND	0xf2
#define NOP		0x90

/* Starts RES; -EINVAL unless BEFORE bytes precede the field and it fits. */
static int begin(const uint8_t *code, size_t size, size_t pos, size_t before,
		 struct rewrite_result *res)
{
	memset(res, 0, sizeof(*res));
	if (pos < before || pos > size || size - pos < 4) {
		res->action = REWRITE_OUT_OF_RANGE;
		return -EINVAL;
	}
	memcpy(res->insn, code + pos - 2, 2);
	return 0;
}

static int done(struct rewrite_result *res, enum rewrite_action action, uint32_t type)
{
	res->action = action;
	res->type = type;
	return action == REWRITE_UNKNOWN ? -EINVAL : 0;
}

int arch_relax_got_load(uint8_t *code, size_t size, size_t pos, struct rewrite_result *res)
{
	uint8_t op, modrm;

	if (begin(code, size, pos, 2, res))
		return -EINVAL;
	op = code[pos - 2];
	modrm = code[pos - 1];
	if (op == OP_MOV_LOAD && MODRM_RIP(modrm)) {
		code[pos - 2] = OP_LEA;
		return done(res, REWRITE_MOV_TO_LEA, R_X86_64_PC32);
	}
	if (op == OP_LEA && MODRM_RIP(modrm))
		return done(res, REWRITE_LEA_KEPT, R_X86_64_PC32);
	if (op == OP_GROUP5 && modrm == 0x15) {
		code[pos - 2] = PREFIX_ADDR32;
		code[pos - 1] = OP_CALL_REL;
		return done(res, REWRITE_CALL, R_X86_64_PC32);
	}
	if (op == OP_GROUP5 && modrm == 0x25) {
		/* the field moves one byte back to follow the shorter opcode */
		code[pos - 2] = OP_JMP_REL;
		memmove(code + pos - 1, code + pos, 4);
		code[pos + 3] = NOP;
		res->offset_delta = -1;
		return done(res, REWRITE_JMP, R_X86_64_PC32);
	}
	if (modrm == OP_CALL_REL || modrm == OP_JMP_REL)
		return done(res, REWRITE_DIRECT_KEPT, R_X86_64_PC32);
	if ((op == OP_MOV_IMM || op == OP_BINOP_IMM || op == OP_TEST_IMM) && MODRM_REG(modrm))
		return done(res, REWRITE_IMMEDIATE, R_X86_64_32S);
	return done(res, REWRITE_UNKNOWN, 0);
}

int arch_unrelax_got_load(uint8_t *code, size_t size, size_t pos, struct rewrite_result *res)
{
	if (begin(code, size, pos, 2, res))
		return -EINVAL;
	if (!MODRM_RIP(code[pos - 1]))
		return done(res, REWRITE_UNKNOWN, 0);
	if (code[pos - 2] == OP_LEA) {
		code[pos - 2] = OP_MOV_LOAD;
		return done(res, REWRITE_LEA_TO_MOV, 0);
	}
	if (code[pos - 2] == OP_MOV_LOAD)
		return done(res, REWRITE_MOV_KEPT, 0);
	return done(res, REWRITE_UNKNOWN, 0);
}

int arch_keep_got_load(uint8_t *code, size_t size, size_t pos, struct rewrite_result *res)
{
	if (begin(code, size, pos, 2, res))
		return -EINVAL;
	if (!MODRM_RIP(code[pos - 1]))
		return done(res, REWRITE_UNKNOWN, 0);
	if (code[pos - 2] == OP_GROUP5 && (code[pos - 1] == 0x15 || code[pos - 1] == 0x25))
		return done(res, code[pos - 1] == 0x15 ? REWRITE_GOT_CALL_KEPT : REWRITE_GOT_JMP_KEPT,
			    0);
	if (code[pos - 2] == OP_LEA) {
		code[pos - 2] = OP_MOV_LOAD;
		return done(res, REWRITE_LEA_TO_MOV, 0);
	}
	/* mov, cmp, push...: any other RIP-relative operand reads the slot itself */
	return done(res, REWRITE_MOV_KEPT, 0);
}

int arch_is_direct_branch(const uint8_t *code, size_t size, size_t pos)
{
	return pos >= 1 && pos <= size && size - pos >= 4 &&
	       (code[pos - 1] == OP_CALL_REL || code[pos - 1] == OP_JMP_REL);
}

int arch_plt_entry_slot(const uint8_t *entry, size_t size, size_t *end, int32_t *disp)
{
	static const uint8_t endbr64[] = { 0xf3, 0x0f, 0x1e, 0xfa };
	size_t i = 0;

	/* [endbr64] [bnd] jmp *disp32(%rip): the PLT forms of GNU ld */
	if (size >= sizeof(endbr64) && !memcmp(entry, endbr64, sizeof(endbr64)))
		i = sizeof(endbr64);
	if (i < size && entry[i] == PREFIX_BND)
		i++;
	if (size < i + 6 || entry[i] != OP_GROUP5 || entry[i + 1] != 0x25)
		return -ENOENT;
	memcpy(disp, entry + i + 2, 4);
	*end = i + 6;
	return 0;
}

int arch_classify_tls_ie(const uint8_t *code, size_t size, size_t pos,
			 struct rewrite_result *res)
{
	uint8_t op, modrm;

	if (begin(code, size, pos, 2, res))
		return -EINVAL;
	op = code[pos - 2];
	modrm = code[pos - 1];
	if ((op == OP_MOV_LOAD || op == OP_ADD_LOAD) && MODRM_RIP(modrm))
		return done(res, REWRITE_TLS_IE_GOT, R_X86_64_PC32);
	/* ld's initial-exec to local-exec: mov $x, add $x, or lea x(%reg) */
	if (((op == OP_MOV_IMM || op == OP_BINOP_IMM) && MODRM_REG(modrm)) ||
	    (op == OP_LEA && MODRM_DISP32(modrm)))
		return done(res, REWRITE_TLS_IE_RELAXED, R_X86_64_TPOFF32);
	return done(res, REWRITE_UNKNOWN, 0);
}

int arch_classify_tls_dynamic(const uint8_t *code, size_t size, size_t pos,
			      struct rewrite_result *res)
{
	/* rex.W lea disp32(%rip), %rdi */
	static const uint8_t lea_rdi[] = { 0x48, OP_LEA, 0x3d };

	if (begin(code, size, pos, sizeof(lea_rdi), res))
		return -EINVAL;
	if (memcmp(code + pos - sizeof(lea_rdi), lea_rdi, sizeof(lea_rdi)))
		return done(res, REWRITE_UNKNOWN, 0);
	res->prefixed = pos > sizeof(lea_rdi) && code[pos - sizeof(lea_rdi) - 1] == PREFIX_DATA16;
	return done(res, REWRITE_TLS_DYNAMIC_LEA, R_X86_64_PC32);
}
