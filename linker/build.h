/*
 * kpatch_build: the whole post-link chain (--strip, --rel-fixup,
 * --undo-link, kpatch_make) in memory, through the same functions the
 * separate tools call, so its patch is byte-identical to theirs.
 */
#ifndef LIBCARE_LINKER_BUILD_H
#define LIBCARE_LINKER_BUILD_H

#include <stddef.h>

#include "linker/patchfile.h"

/*
 * ORIG's GNU BuildID (.note.gnu.build-id) as lower-case hex in HEX;
 * -ENOENT (logged) when it has none or it does not fit SIZE.
 */
int read_build_id(const struct elf_file *orig, char *hex, size_t size);
/* The same, silent: for ORIG's own BuildID beside one given with -b. */
int read_build_id_quiet(const struct elf_file *orig, char *hex, size_t size);

/*
 * Builds the patch of PATCHED (linked with -Wl,-q from kpatch_gensrc
 * output) for ORIG and writes it to OUT, replacing OUT only when whole.
 * OPT's build_id may be NULL: ORIG's own is used.
 */
int build_patch(const char *orig_path, const char *patched_path, const struct patch_options *opt,
		const char *out);

#endif
