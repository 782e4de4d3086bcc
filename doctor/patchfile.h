/*
 * A patch file (BUILDID.kpatch) read into memory and checked: the header and
 * the ET_REL image after it, with every offset, index and string the rest of
 * the doctor follows proven in bounds here, once.
 */
#ifndef LIBCARE_DOCTOR_PATCHFILE_H
#define LIBCARE_DOCTOR_PATCHFILE_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>

#include "common/kpatch_file.h"

struct patch_file {
	char *path;
	struct kpatch_file_header hdr;
	uint8_t *elf;			/* malloc'ed copy of the ELF image, 8-byte aligned */
	size_t elf_size;
	const Elf64_Ehdr *ehdr;
	const Elf64_Shdr *shdrs;
	unsigned shnum;
	const char *shstrtab;		/* NUL-terminated within shstrtab_size */
	size_t shstrtab_size;
	const Elf64_Sym *syms;
	size_t nsyms;
	const char *strtab;
	size_t strtab_size;
	unsigned info_shndx;		/* .kpatch.info */
};

/* Reads and validates PATH; logs the first problem found.  -ERR_BAD_PATCH. */
int patch_file_load(const char *path, struct patch_file **out);
/* The same for a file already in memory (tests, fuzzing); DATA is copied. */
int patch_file_parse(const char *name, const void *data, size_t size, struct patch_file **out);
void patch_file_free(struct patch_file *pf);

/* Name of section I / symbol I, both valid after a successful load. */
const char *patch_section_name(const struct patch_file *pf, unsigned i);
const char *patch_symbol_name(const struct patch_file *pf, size_t i);
/* True for an allocated section whose name starts with ".kpatch". */
int patch_section_is_kpatch(const struct patch_file *pf, unsigned i);
/* The patch id for messages: the header's, or "(no id)". */
const char *patch_id(const struct patch_file *pf);

#endif
