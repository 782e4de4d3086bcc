/*
 * What the generic patch logic asks of the architecture: relocation
 * arithmetic, the entry jump, the jump-table entry and padding bytes.
 */
#ifndef LIBCARE_DOCTOR_ARCH_H
#define LIBCARE_DOCTOR_ARCH_H

#include <stddef.h>
#include <stdint.h>

#include "common/arch/x86_64/reloc.h"

/* The inputs of one relocation, named as in the ELF psABI. */
struct reloc_values {
	uint64_t S;	/* symbol value (for TLS: offset from the thread pointer) */
	int64_t A;	/* addend */
	uint64_t P;	/* address of the place being relocated */
	uint64_t G;	/* address of the GOT slot holding S, for GOT-relative types */
};

enum reloc_kind {
	RELOC_UNSUPPORTED = 0,
	RELOC_DATA,	/* absolute or PC-relative to S */
	RELOC_BRANCH,	/* PC-relative; an imported function goes through the jump table */
	RELOC_GOT,	/* PC-relative to a GOT slot holding S */
	RELOC_ABS32,	/* 32-bit absolute: S + A must lie below 4 GiB */
	RELOC_TPOFF,	/* thread-pointer offset of a TLS symbol */
	RELOC_DTPOFF,	/* offset of a TLS symbol in its own object's TLS block */
};

enum reloc_kind arch_reloc_kind(uint32_t type);
const char *arch_reloc_name(uint32_t type);
/* Writes the relocated value at LOC; -ERANGE when it does not fit. */
int arch_apply_reloc(uint32_t type, uint8_t *loc, const struct reloc_values *v);
/* Thread-pointer offset of OFFSET in the static TLS block of the
 * executable, whose TLS segment takes TLS_SIZE bytes (aligned). */
int64_t arch_exec_tpoff(uint64_t offset, uint64_t tls_size);

#define ARCH_ENTRY_JUMP_SIZE		5
#define ARCH_JUMP_TABLE_ENTRY_SIZE	16

/* The jump written over a function's entry; -ERANGE if TO is out of reach. */
int arch_entry_jump(uint64_t from, uint64_t to, uint8_t out[ARCH_ENTRY_JUMP_SIZE]);
/* An absolute indirect jump to TARGET, for imported functions. */
void arch_jump_table_entry(uint8_t out[ARCH_JUMP_TABLE_ENTRY_SIZE], uint64_t target);
/* True when the first NEED bytes of BYTES[0..LEN) are alignment padding
 * (int3, nop or multi-byte nop forms), as compilers put between functions. */
int arch_is_padding(const uint8_t *bytes, size_t len, size_t need);

#endif
