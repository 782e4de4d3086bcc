/*
 * The three editing stages of kpatch_strip: strip.c, relfixup.c (with
 * symmap.c and tls_slots.c), undolink.c.  Each works on a loaded file in
 * memory and logs once where it fails; the caller (kpatch_strip or
 * kpatch_build) writes the result.
 */
#ifndef LIBCARE_LINKER_STRIP_H
#define LIBCARE_LINKER_STRIP_H

#include "common/elf/elf_file.h"

#define KPATCH_OBJNAME_SECTION	".kpatch.objname"

/*
 * Program headers are dropped by kpatch_strip --strip: they would no longer
 * describe the file, and GNU strip warns about every section outside them.
 */
int strip_non_kpatch(struct elf_file *ef, int keep_phdrs);
/*
 * Section I's new bytes when it is .kpatch.eh_frame: the table with its
 * zero terminator, in *OWNED (freed by the caller) when it had none.
 */
int unwind_table_terminate(const struct elf_file *ef, unsigned i, struct section_bytes *bytes,
			   void **owned);
int fixup_relocations(const struct elf_file *orig, struct elf_file *patched);
/* The proof of fit, .kpatch.digests, from ORIG; fixup_relocations' last step. */
int record_digests(const struct elf_file *orig, struct elf_file *patched);
int undo_link(struct elf_file *ef);

#endif
