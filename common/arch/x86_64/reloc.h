/*
 * What the patch loader needs to know of x86-64 relocations: how many
 * bytes each type writes, to prove every place lies inside its section.
 */
#ifndef LIBCARE_COMMON_ARCH_RELOC_H
#define LIBCARE_COMMON_ARCH_RELOC_H

#include <stddef.h>
#include <stdint.h>

/* Bytes written at the place; 0 for types LibCare does not apply. */
size_t arch_reloc_size(uint32_t type);

#endif
