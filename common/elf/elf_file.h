/*
 * One ELF layer for every part of LibCare: a whole x86-64 ELF file held in
 * memory, checked once through libelf when it is opened, so that callers
 * can index sections, symbols and relocations directly, edit the copy, lay
 * it out again and write it back atomically.
 */
#ifndef LIBCARE_COMMON_ELF_FILE_H
#define LIBCARE_COMMON_ELF_FILE_H

#include <elf.h>
#include <libelf.h>
#include <stddef.h>
#include <stdint.h>

/*
 * The raw views (ehdr, shdrs, syms) point into data: they stay valid and
 * writable until elf_relayout() or elf_free().  shnum and shstrndx are the
 * real counts, extended section numbering resolved; a symbol's section is
 * elf_symbol_shndx(), which also resolves SHN_XINDEX.
 */
struct elf_file {
	char *path;			/* for messages */
	unsigned char *data;		/* 8-byte aligned, owned */
	size_t size;
	Elf64_Ehdr *ehdr;
	Elf64_Shdr *shdrs;
	unsigned shnum;
	unsigned shstrndx;
	const char *shstrtab;		/* NUL-terminated within shstrtab_size */
	size_t shstrtab_size;
	unsigned symtab_ndx;		/* 0 when the file has no .symtab */
	Elf64_Sym *syms;
	size_t nsyms;
	const char *strtab;		/* NUL-terminated within strtab_size */
	size_t strtab_size;
	const Elf32_Word *xindex;	/* SHT_SYMTAB_SHNDX entries (nsyms), or NULL */
	Elf *elf;			/* libelf's view of data, for lookups */
	int mapped;			/* data is a private mapping of the file */
	int quiet;			/* problems are logged at debug level only */
};

/*
 * New contents of one section for elf_relayout(): data == NULL keeps no
 * file bytes (the section is or becomes SHT_NOBITS).
 */
struct section_bytes {
	const void *data;
	size_t size;
};

/* Reads PATH whole and checks it; logs the first problem.  0 or -errno. */
int elf_load(const char *path, struct elf_file *ef);
/*
 * Checks DATA (SIZE bytes, malloc'ed and 8-byte aligned) and takes it over,
 * also on failure.  PATH names it in messages.  What is checked: class,
 * byte order and machine; the section header table and every section's
 * bytes inside the file; alignments a power of two; the section name table
 * and the symbol string table terminated; at most one symbol table, with a
 * valid string table link; every section and symbol name in range; symbol
 * section indices (SHN_XINDEX included) in range; non-allocated RELA
 * sections linked to the symbol table, applying to a section in range,
 * naming symbols in range.
 */
int elf_parse(const char *path, unsigned char *data, size_t size, struct elf_file *ef);
/*
 * The same over the file open as FD, mapped copy-on-write: pages are read
 * when used and edits never reach the file.  QUIET: problems are only
 * pr_debug (files looked at, not asked for).  -ENOEXEC for a file that is
 * not an ELF file this layer accepts.
 */
int elf_map(const char *path, int fd, int quiet, struct elf_file *ef);
/* The same over a copy of DATA, for callers that keep their buffer. */
int elf_parse_copy(const char *path, const void *data, size_t size, struct elf_file *ef);
/* Loads ORIG and PATCHED, both or neither (the tools' usual pair). */
int elf_load_pair(const char *orig_path, struct elf_file *orig, const char *patched_path,
		  struct elf_file *patched);
void elf_free(struct elf_file *ef);

const char *elf_section_name(const struct elf_file *ef, unsigned i);
const char *elf_symbol_name(const struct elf_file *ef, size_t k);
/* Section index of symbol K: st_shndx, or its SHT_SYMTAB_SHNDX entry. */
unsigned elf_symbol_shndx(const struct elf_file *ef, size_t k);
/* Section index of NAME, 0 when absent, -EEXIST (negated) when not unique. */
int elf_find_section(const struct elf_file *ef, const char *name);
int elf_is_kpatch_section(const struct elf_file *ef, unsigned i);

/*
 * Lays the file out again: ELF header, program headers (when keep_phdrs),
 * then every section in index order with the bytes given in SECTIONS
 * (nsections >= ef->shnum; indices past ef->shnum are new sections whose
 * headers come from NEW_SHDRS), then the section header table.  65280
 * sections or more are written with extended section numbering.  The
 * result replaces ef's buffer and is checked again.
 */
int elf_relayout(struct elf_file *ef, const struct section_bytes *sections, unsigned nsections,
		 const Elf64_Shdr *new_shdrs, int keep_phdrs);

/* Writes SIZE bytes to PATH through a temporary file and rename(). */
int elf_write_file(const char *path, const void *data, size_t size, int mode);
/*
 * Writes EF to PATH the same way, through libelf at EF's own offsets;
 * keeps the mode of the file replaced, else that of EF's file.
 */
int elf_save(const struct elf_file *ef, const char *path);

#endif
