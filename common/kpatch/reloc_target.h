/*
 * Part of the proof of fit, inside the patch loader: where a relocation
 * makes the code point must suit the symbol it names.  Only the loader
 * calls it; the rules are in docs/internals.md, section 4.
 */
#ifndef LIBCARE_COMMON_KPATCH_RELOC_TARGET_H
#define LIBCARE_COMMON_KPATCH_RELOC_TARGET_H

#include <stddef.h>

#include "common/kpatch/patch_file.h"

/*
 * 0 when relocation R of SEC points inside what it names and its
 * instruction suits it; else -1 with WHY (SIZE bytes) saying what is wrong.
 * R's symbol index and place are already proven in range.
 */
int reloc_target_problem(const struct patch_file *pf, const struct patch_section *sec,
			 const struct patch_reloc *r, char *why, size_t size);

#endif
