/*
 * What the patch loader needs to know of x86-64 relocations: how many
 * bytes each type writes, to prove every place lies inside its section.
 */
#ifndef LIBCARE_COMMON_ARCH_RELOC_H
#define LIBCARE_COMMON_ARCH_RELOC_H

#include <stddef.h>
#include <stdint.h>

/* Bytes written at the place; 0 for types LibCare does not apply. */
size_t arch_reloc_size(uint32_t type);

/*
 * Where a relocation makes the code point, relative to its symbol S: the
 * proof-of-fit loader checks it lies within the symbol.  For a PC-relative
 * field the place is the displacement of an instruction, which then refers
 * to S + addend + 4 + the bytes after the field (an immediate); the access
 * width comes from the instruction when it is a form GCC emits for a
 * RIP-relative operand.
 */
struct reloc_target {
	int pc_relative;	/* the place is a 32-bit displacement */
	int got;		/* through a GOT slot: the slot, not S + A, is reached */
	int known;		/* the instruction was recognised: after and width hold */
	unsigned after;		/* bytes of the instruction after the field */
	unsigned width;		/* bytes accessed at the target; 0 for lea, calls */
	int branch;		/* a call or jmp: the target is code */
	int rip_operand;	/* the place is the displacement of a known instruction */
	int movabs;		/* the place is the imm64 of movabs $imm64, %reg */
};

/*
 * Fills T for a relocation of TYPE whose field starts at CODE[POS] (SIZE
 * bytes of the section, NULL when not PROGBITS).
 */
void arch_reloc_target(uint32_t type, const uint8_t *code, size_t size, size_t pos,
		       struct reloc_target *t);

#endif
