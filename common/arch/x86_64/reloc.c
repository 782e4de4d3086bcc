/*
 * Width of the place of each x86-64 relocation type LibCare applies, from
 * the one relocation table (reloc_types.c); the doctor's arithmetic is in
 * doctor/arch/.
 */
#include <elf.h>
#include <string.h>

#include "common/arch/x86_64/reloc.h"
#include "reloc_types.h"

size_t arch_reloc_size(uint32_t type)
{
	const struct reloc_type_info *t = arch_reloc_type(type);

	return t && t->in_patch ? t->size : 0;
}

/* Operand size from the prefixes before the opcode at CODE[OP]. */
static unsigned operand_size(const uint8_t *code, size_t op)
{
	if (op >= 1 && (code[op - 1] & 0xf8) == 0x48)
		return 8;
	if (op >= 1 && code[op - 1] == 0x66)
		return 2;
	if (op >= 2 && (code[op - 1] & 0xf0) == 0x40 && code[op - 2] == 0x66)
		return 2;
	return 4;
}

/* A one-byte opcode OP with ModRM M, the operand size OS: after and width. */
static int one_byte_form(uint8_t op, uint8_t m, unsigned os, struct reloc_target *t)
{
	unsigned reg = (m >> 3) & 7;

	t->after = 0;
	switch (op) {
	case 0x01: case 0x03: case 0x09: case 0x0b: case 0x11: case 0x13: case 0x19:
	case 0x1b: case 0x21: case 0x23: case 0x29: case 0x2b: case 0x31: case 0x33:
	case 0x39: case 0x3b: case 0x85: case 0x87: case 0x89: case 0x8b:
	case 0xd1: case 0xd3:
		t->width = os;
		return 1;
	case 0x00: case 0x02: case 0x08: case 0x0a: case 0x10: case 0x12: case 0x18:
	case 0x1a: case 0x20: case 0x22: case 0x28: case 0x2a: case 0x30: case 0x32:
	case 0x38: case 0x3a: case 0x84: case 0x86: case 0x88: case 0x8a:
	case 0xd0: case 0xd2:
		t->width = 1;
		return 1;
	case 0x8d:
		t->width = 0;
		return 1;
	case 0x80: case 0xc0: case 0xc6:
		t->width = 1;
		t->after = 1;
		return 1;
	case 0x83: case 0x6b: case 0xc1:
		t->width = os;
		t->after = 1;
		return 1;
	case 0x81: case 0x69: case 0xc7:
		t->width = os;
		t->after = os == 2 ? 2 : 4;
		return 1;
	case 0xf6:
		t->width = 1;
		t->after = reg < 2;
		return 1;
	case 0xf7:
		t->width = os;
		t->after = reg < 2 ? (os == 2 ? 2 : 4) : 0;
		return 1;
	case 0xff:
		t->branch = reg == 2 || reg == 4;
		t->width = (reg >= 2 && reg <= 6) ? 8 : os;
		return 1;
	default:
		return 0;
	}
}

/* A two-byte opcode 0F OP: after and width, for the integer forms. */
static int two_byte_form(uint8_t op, unsigned os, struct reloc_target *t)
{
	t->after = 0;
	if (op == 0xb6 || op == 0xbe) {
		t->width = 1;
		return 1;
	}
	if (op == 0xb7 || op == 0xbf) {
		t->width = 2;
		return 1;
	}
	if (op == 0xaf || (op >= 0x40 && op <= 0x4f)) {
		t->width = os;
		return 1;
	}
	/* SSE loads, stores and arithmetic: the width depends on prefixes; the start is checked */
	if ((op >= 0x10 && op <= 0x17) || (op >= 0x28 && op <= 0x2f) || (op >= 0x51 && op <= 0x7f) ||
	    op == 0xd6 || op == 0xdb || op == 0xdf || op == 0xeb || op == 0xef || op == 0xfe ||
	    op == 0xd4 || op == 0xfb || op == 0xfa) {
		t->width = 0;
		t->after = (op >= 0x70 && op <= 0x73) ? 1 : 0;
		return 1;
	}
	return 0;
}

void arch_reloc_target(uint32_t type, const uint8_t *code, size_t size, size_t pos,
		       struct reloc_target *t)
{
	memset(t, 0, sizeof(*t));
	switch (type) {
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
		t->got = 1;
		/* fall through */
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
		t->pc_relative = 1;
		break;
	default:
		break;
	}
	if (!code || pos + 4 > size || pos < 1)
		return;
	/* movabs $imm64, %reg: REX.W B8+r */
	t->movabs = pos >= 2 && (code[pos - 1] & 0xf8) == 0xb8 && (code[pos - 2] & 0xf8) == 0x48;
	/*
	 * call and jmp rel32 have no ModRM.  Only a PC-relative field can be
	 * their operand: before an absolute one, e8 or e9 is the end of a
	 * longer instruction ("movq $f, -0x18(%rbp)": 48 c7 45 e8 imm32).
	 */
	if (t->pc_relative && (code[pos - 1] == 0xe8 || code[pos - 1] == 0xe9)) {
		t->known = t->branch = t->rip_operand = 1;
		return;
	}
	/* a RIP-relative ModRM: mod 00, r/m 101 */
	if (pos < 2 || (code[pos - 1] & 0xc7) != 0x05)
		return;
	if (pos >= 3 && code[pos - 3] == 0x0f &&
	    two_byte_form(code[pos - 2], operand_size(code, pos - 3), t)) {
		t->known = t->rip_operand = 1;
		return;
	}
	t->known = t->rip_operand = one_byte_form(code[pos - 2], code[pos - 1],
						  operand_size(code, pos - 2), t);
}
