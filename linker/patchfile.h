/*
 * Building a patch file: struct kpatch_file_header (common/kpatch_file.h)
 * in front of the ET_REL image that kpatch_strip --undo-link produced.
 */
#ifndef LIBCARE_LINKER_PATCHFILE_H
#define LIBCARE_LINKER_PATCHFILE_H

#include <stdint.h>

#include "common/kpatch_file.h"
#include "common/elf/elf_file.h"

struct kpatch_secret_key;

struct patch_options {
	const char *build_id;	/* hex, any case: the shipped object's */
	const char *rebuilt_build_id;	/* NULL, or the rebuild's the patch was made from */
	const char *shipped_path;	/* NULL, or the shipped file ORIG must load like */
	const struct kpatch_secret_key *key;	/* NULL: the patch is not signed */
	const char *patch_id;	/* NULL: "" */
	const char *object_name;	/* NULL: .kpatch.objname, else basename of the input */
	uint32_t patchlevel;
};

int patch_fill_header(const struct elf_file *ef, const struct patch_options *opt,
		      struct kpatch_file_header *hdr);
/*
 * Seals the whole file (checksum, and a signature with KEY), checks it with
 * the common loader, then writes it to OUT.
 */
int patch_write(const struct elf_file *ef, const struct kpatch_file_header *hdr,
		const struct kpatch_secret_key *key, const char *out);

#endif
