/*
 * A patch file loaded once into typed data: the header, and the ELF image
 * as arrays of sections, symbols and per-section relocations, with every
 * rule of common/kpatch_file.h checked.  The doctor reads nothing else;
 * kpatch_make runs the same checks on a file before it writes it.
 */
#ifndef LIBCARE_COMMON_KPATCH_PATCH_FILE_H
#define LIBCARE_COMMON_KPATCH_PATCH_FILE_H

#include <stddef.h>
#include <stdint.h>

#include "common/elf/elf_file.h"
#include "common/kpatch_file.h"

struct patch_reloc {
	uint64_t offset;	/* in its section; offset + arch_reloc_size(type) fits */
	uint32_t type;		/* R_X86_64_* */
	uint32_t symbol;	/* index into patch_file.symbols */
	int64_t addend;
};

struct patch_section {
	const char *name;
	uint32_t type;		/* SHT_* */
	uint64_t flags;		/* SHF_* */
	uint64_t align;		/* a power of two; 0 or 1: none */
	uint64_t size;
	const uint8_t *bytes;	/* size bytes; NULL for SHT_NOBITS */
	int is_kpatch;		/* allocated and named .kpatch*: goes into the region */
	struct patch_reloc *relocs;	/* those applying to it; .kpatch sections only */
	size_t nrelocs;
};

struct patch_symbol {
	const char *name;	/* a section symbol carries its section's name */
	unsigned char type;	/* STT_* */
	unsigned char bind;	/* STB_* */
	unsigned section;	/* SHN_UNDEF, SHN_ABS, or an index into sections */
	uint64_t value;
	uint64_t size;
};

struct patch_file {
	char *path;			/* for messages */
	struct kpatch_file_header hdr;	/* a version 1 header is read into it as version 2 fields */
	const struct kpatch_func_digest *digests;	/* ninfo entries; NULL in a forced version 1 file */
	const char *signer;		/* the trusted key file that verified it, or NULL */
	struct patch_section *sections;	/* nsections, index as in the ELF image */
	unsigned nsections;
	struct patch_symbol *symbols;	/* nsymbols, index as in the symbol table */
	size_t nsymbols;
	unsigned info_section;		/* .kpatch.info */
	size_t ninfo;			/* struct kpatch_info_entry in it */
	struct elf_file elf;		/* owns the bytes sections point into */
	void *digests_copy;		/* digests, when they had to be copied to align them */
};

struct kpatch_keyring;

/* What a caller trusts beyond the format: the doctor's policy. */
struct patch_trust {
	const struct kpatch_keyring *keys;	/* NULL: signatures are not checked */
	int require_signature;		/* refuse a file without a valid one */
	int accept_version_1;		/* --force: load a version 1 file */
};

/*
 * Reads and checks PATH; logs the first problem found.  -ERR_BAD_PATCH, or
 * -ERR_INTEGRITY (checksum, version 1), -ERR_SIGNATURE (under TRUST: a
 * signature that does not verify with a trusted key, or none where one
 * is required).  TRUST NULL: version 2 only, signatures not checked.
 */
int patch_file_load_trusted(const char *path, const struct patch_trust *trust,
			    struct patch_file **out);
/* The same for a file in memory; DATA is copied. */
int patch_file_parse_trusted(const char *name, const void *data, size_t size,
			     const struct patch_trust *trust, struct patch_file **out);
/* The same with TRUST NULL (kpatch_make, tests, fuzzing). */
int patch_file_load(const char *path, struct patch_file **out);
int patch_file_parse(const char *name, const void *data, size_t size, struct patch_file **out);
void patch_file_free(struct patch_file *pf);

/* The patch id for messages: the header's, or "(no id)". */
const char *patch_id(const struct patch_file *pf);

/* Why ID is not a valid header BuildID (lower-case hex, even, 2..62 digits), or NULL. */
const char *kpatch_build_id_problem(const char *id);

#endif
