/*
 * The x86-64 relocation types LibCare knows, in one table shared by the
 * linker (which writes them into patches) and the doctor (which applies
 * them): the name for messages and the bytes each writes at its place.
 */
#ifndef LIBCARE_ARCH_RELOC_TYPES_H
#define LIBCARE_ARCH_RELOC_TYPES_H

#include <stdint.h>

struct reloc_type_info {
	const char *name;	/* "R_X86_64_PC32" */
	unsigned char size;	/* bytes at the place; 0 when not a fixed field */
	unsigned char in_patch;	/* a patch file may carry it: the doctor applies it */
};

/* The entry of relocation TYPE, or NULL when the type is unknown. */
const struct reloc_type_info *arch_reloc_type(uint32_t type);

#endif
