/*
 * x86-64 instruction rewrites the patch's relocations need, as pure
 * functions over a section's bytes: no ELF structures, no messages.  Each
 * says what it found or did; the caller picks the relocation and the words.
 */
#ifndef LIBCARE_ARCH_INSN_REWRITE_H
#define LIBCARE_ARCH_INSN_REWRITE_H

#include <stddef.h>
#include <stdint.h>

enum rewrite_action {
	REWRITE_OUT_OF_RANGE = 1,	/* the instruction would start before the buffer,
					 * or the field run past its end */
	REWRITE_UNKNOWN,		/* bytes not of a form this rewrite knows */
	REWRITE_MOV_TO_LEA,		/* mov x@GOTPCREL(%rip),%r -> lea x(%rip),%r */
	REWRITE_LEA_KEPT,		/* the linker made it a lea already */
	REWRITE_CALL,			/* call *x@GOTPCREL(%rip) -> addr32 call x */
	REWRITE_JMP,			/* jmp *x@GOTPCREL(%rip) -> jmp x; nop */
	REWRITE_DIRECT_KEPT,		/* the linker made it a direct call or jmp */
	REWRITE_IMMEDIATE,		/* the linker made it an imm32 operand (mov $x, test, binop) */
	REWRITE_LEA_TO_MOV,		/* lea x(%rip),%r -> mov x@GOTPCREL(%rip),%r */
	REWRITE_MOV_KEPT,		/* still a GOT load */
	REWRITE_GOT_CALL_KEPT,		/* still call *x@GOTPCREL(%rip) */
	REWRITE_GOT_JMP_KEPT,		/* still jmp *x@GOTPCREL(%rip) */
	REWRITE_TLS_IE_GOT,		/* mov/add x@gottpoff(%rip): reads a TPOFF64 GOT slot */
	REWRITE_TLS_IE_RELAXED,		/* the linker made it mov/add/lea with $x@tpoff */
	REWRITE_TLS_DYNAMIC_LEA,	/* lea x@tlsgd/x@tlsld(%rip),%rdi, passed as is */
};

struct rewrite_result {
	enum rewrite_action action;
	uint32_t type;		/* the relocation type from now on; 0: keep it */
	int offset_delta;	/* add to the relocation's offset */
	unsigned char insn[2];	/* the two bytes before the field, as found */
	unsigned char prefixed;	/* TLS_DYNAMIC_LEA: data16 prefix in front (general-dynamic) */
};

/*
 * A GOT load (GOTPCREL, GOTPCRELX, REX_GOTPCRELX) whose field starts at
 * CODE[POS] becomes a direct PC-relative reference.  REWRITE_IMMEDIATE
 * holds an absolute 32-bit address: right only for a non-PIE executable.
 * Returns 0, or -EINVAL with res->action OUT_OF_RANGE or UNKNOWN.
 */
int arch_relax_got_load(uint8_t *code, size_t size, size_t pos, struct rewrite_result *res);

/* A relaxed lea at CODE[POS] goes back to a load through a GOT slot. */
int arch_unrelax_got_load(uint8_t *code, size_t size, size_t pos, struct rewrite_result *res);

/*
 * A GOT reference at CODE[POS] stays one: a call or jmp through the slot,
 * or any other instruction that reads it, is kept; a relaxed lea goes back
 * to a load.  A direct form the linker made (addr32 call) is UNKNOWN.
 */
int arch_keep_got_load(uint8_t *code, size_t size, size_t pos, struct rewrite_result *res);

/* The field at CODE[POS] is the rel32 of a direct call or jmp. */
int arch_is_direct_branch(const uint8_t *code, size_t size, size_t pos);

/*
 * A PLT entry (SIZE bytes at ENTRY) that jumps through a GOT slot: 0 with
 * the slot at the entry's address + *END + *DISP, or -ENOENT for any other
 * code (the lazy resolver's entry, a push).
 */
int arch_plt_entry_slot(const uint8_t *entry, size_t size, size_t *end, int32_t *disp);

/* Which form an initial-exec GOTTPOFF access at CODE[POS] has now. */
int arch_classify_tls_ie(const uint8_t *code, size_t size, size_t pos,
			 struct rewrite_result *res);

/* A TLSGD or TLSLD at CODE[POS] must still be the lea into %rdi. */
int arch_classify_tls_dynamic(const uint8_t *code, size_t size, size_t pos,
			      struct rewrite_result *res);

#endif
