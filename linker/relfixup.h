/*
 * What the files of kpatch_strip --rel-fixup share: the state of one run
 * and how each symbol of PATCHED is to be rewritten.  relfixup.c fixes the
 * relocations, symmap.c maps symbols to ORIG, tls_slots.c finds ORIG's GOT
 * slots for thread-local variables, interpose.c those of symbols another
 * object may interpose.
 */
#ifndef LIBCARE_LINKER_RELFIXUP_H
#define LIBCARE_LINKER_RELFIXUP_H

#include "linker/strip.h"

enum symbol_class {
	SYM_UNSEEN,
	SYM_NONE,	/* index 0, or already absolute: nothing to map */
	SYM_PATCH,	/* defined in a .kpatch section */
	SYM_IMPORT,	/* undefined: the doctor looks it up */
	SYM_ORIG,	/* defined in the original object: becomes SHN_ABS */
	SYM_COPY,	/* a library's variable copied into the patched binary
			 * only (R_X86_64_COPY): becomes undefined again */
};

/* ORIG's GOT slots for one of its symbols (link-time addresses, 0: none). */
struct orig_slots {
	uint64_t value_slot;	/* GLOB_DAT or R_X86_64_64 in .got: holds the address */
	uint64_t jump_slot;	/* JUMP_SLOT: a PLT entry jumps through it, maybe lazily */
};

enum interposition {
	INTERPOSE_UNKNOWN,
	INTERPOSE_NO,		/* ORIG binds it to its own definition */
	INTERPOSE_YES,		/* a shared ORIG reaches it through slots */
};

struct symbol_fix {
	enum symbol_class class;
	uint64_t value;		/* SYM_ORIG: ORIG's address or TLS offset */
	int tls;
	enum interposition interpose;	/* SYM_ORIG only */
	struct orig_slots slots;	/* INTERPOSE_YES */
};

struct fixup {
	const struct elf_file *orig;
	struct elf_file *patched;
	struct symbol_fix *fix;
	char *strtab;		/* patched .strtab plus the names added */
	size_t strtab_size;
	Elf64_Sym *extra;	/* absolute symbols for ORIG's TLS GOT slots */
	size_t nextra;
};

/* symmap.c */
const char *display_name(const struct elf_file *ef, size_t k);
int classify_symbol(struct fixup *fx, size_t k);
/* Index of a global absolute symbol PREFIX.VAR of value ADDR and TYPE, added once. */
int add_abs_symbol(struct fixup *fx, const char *prefix, const char *var, uint64_t addr,
		   unsigned char type, size_t *idx);
int rewrite_symbols(struct fixup *fx);

/* The patch's own symbol table, as keep_needed_symbols() builds it. */
struct symbol_table {
	Elf64_Sym *syms;
	size_t nsyms;
	unsigned first_global;	/* sh_info: one past the last local */
	char *strtab;		/* NULL: the names stay in fx->strtab */
	size_t strtab_size;
};

/*
 * Keeps symbol 0 and the symbols the patch's relocations name (ORIG's TLS
 * slot symbols included), in their order, and renumbers the relocations.
 */
int keep_needed_symbols(struct fixup *fx, struct symbol_table *t);

/* relfixup.c: ORIG is a program (ET_EXEC, or PIE with an interpreter), not a library. */
int is_executable(const struct elf_file *ef);
int is_gotpcrel(uint32_t type);
/* Section SEC's bytes and R's place in them; -EINVAL (logged) when it has none. */
int reloc_place(struct fixup *fx, unsigned sec, const Elf64_Rela *r, unsigned char **code,
		size_t *size, size_t *pos);
struct rewrite_result;
/* Logs a rewrite into INTO that found no place or bytes it knows; -EINVAL. */
int rewrite_refused(struct fixup *fx, unsigned sec, const Elf64_Rela *r,
		    const struct rewrite_result *res, const char *into);

/* ifunc_slots.c */
/*
 * Where ORIG's own code reaches its IFUNC NAME, whose symbol (the
 * resolver) is at RESOLVER: the PLT entry (WANT_PLT) or else the GOT slot
 * that its dynamic relocations fill with the chosen implementation.
 */
int orig_ifunc_target(const struct elf_file *orig, const char *name, uint64_t resolver,
		      int want_plt, uint64_t *addr);

/* tls_slots.c */
int orig_tls_slot(const struct elf_file *orig, uint32_t type, const char *name,
		  int have_offset, uint64_t offset, uint64_t *slot);

/*
 * interpose.c: the slots of ORIG's dynamic relocations for its own default
 * visibility symbol NAME ("f", "f@V", "f@@V") defined at VALUE; -ENOENT when
 * it has none (ORIG binds it locally, or never refers to it).
 */
int orig_symbol_slots(const struct elf_file *orig, const char *name, uint64_t value,
		      struct orig_slots *out);
/* ORIG's PLT entry (.plt, .plt.sec, .plt.got) that jumps through SLOT. */
int orig_plt_entry(const struct elf_file *orig, uint64_t slot, uint64_t *entry);
/* Sets fx->fix[K].interpose for ORIG symbol K. */
void classify_interposition(struct fixup *fx, size_t k);
/* Points R, against an interposable symbol, at ORIG's slot or PLT entry, or refuses it. */
int reach_through_orig_slots(struct fixup *fx, unsigned sec, Elf64_Rela *r);

#endif
