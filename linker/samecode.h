/* kpatch_build: PATCHED's code outside .kpatch sections is ORIG's; see samecode.c. */
#ifndef LIBCARE_LINKER_SAMECODE_H
#define LIBCARE_LINKER_SAMECODE_H

#include "common/elf/elf_file.h"

/*
 * 0 when every code section of ORIG (the PLT aside) holds the same bytes
 * in PATCHED, fields PATCHED's relocations fill excepted; else -EINVAL,
 * logged once naming the section, the address and ORIG's function there.
 */
int check_unchanged_code(const struct elf_file *orig, const struct elf_file *patched);

#endif
