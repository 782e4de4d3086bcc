/*
 * Loading, checking and rewriting whole x86-64 ELF files in memory.  The
 * linker tools read a file once, edit the copy and write it back with
 * elf_write_file(), which replaces the target only once the new bytes are
 * complete, so a failed run never leaves a half-written file behind.
 */
#ifndef LIBCARE_LINKER_ELFIO_H
#define LIBCARE_LINKER_ELFIO_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>

struct elf_file {
	char *path;			/* for messages */
	unsigned char *data;
	size_t size;
	Elf64_Ehdr *ehdr;
	Elf64_Shdr *shdrs;
	unsigned shnum;
	const char *shstrtab;
	size_t shstrtab_size;
	unsigned symtab_ndx;		/* 0 when the file has no .symtab */
	Elf64_Sym *syms;
	size_t nsyms;
	const char *strtab;
	size_t strtab_size;
};

/*
 * New contents of one section for elf_relayout(): data == NULL keeps no
 * file bytes (the section is or becomes SHT_NOBITS).
 */
struct section_bytes {
	const void *data;
	size_t size;
};

int elf_load(const char *path, struct elf_file *ef);
int elf_parse(const char *path, unsigned char *data, size_t size, struct elf_file *ef);
void elf_free(struct elf_file *ef);

const char *elf_section_name(const struct elf_file *ef, unsigned i);
const char *elf_symbol_name(const struct elf_file *ef, size_t k);
/* Section index of NAME, 0 when absent, -EEXIST (negated) when not unique. */
int elf_find_section(const struct elf_file *ef, const char *name);
int elf_is_kpatch_section(const struct elf_file *ef, unsigned i);

/*
 * Lays the file out again: ELF header, program headers (when keep_phdrs),
 * then every section in index order with the bytes given in SECTIONS
 * (nsections >= ef->shnum; indices past ef->shnum are new sections whose
 * headers come from NEW_SHDRS), then the section header table.  The
 * result replaces ef's buffer and is parsed again.
 */
int elf_relayout(struct elf_file *ef, const struct section_bytes *sections, unsigned nsections,
		 const Elf64_Shdr *new_shdrs, int keep_phdrs);

/* Writes SIZE bytes to PATH through a temporary file and rename(). */
int elf_write_file(const char *path, const void *data, size_t size, int mode);
int elf_save(const struct elf_file *ef, const char *path);

#endif
