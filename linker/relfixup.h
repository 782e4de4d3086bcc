/*
 * What the files of kpatch_strip --rel-fixup share: the state of one run
 * and how each symbol of PATCHED is to be rewritten.  relfixup.c fixes the
 * relocations, symmap.c maps symbols to ORIG, tls_slots.c finds ORIG's GOT
 * slots for thread-local variables.
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

struct symbol_fix {
	enum symbol_class class;
	uint64_t value;		/* SYM_ORIG: ORIG's address or TLS offset */
	int tls;
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

#endif
