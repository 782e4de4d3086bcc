/* The debug information of a GCC assembly file, without an assembler; see dwarf_asm.c. */
#ifndef LIBCARE_DWARF_ASM_H
#define LIBCARE_DWARF_ASM_H

#include <stddef.h>

/*
 * An ELF image (malloc'ed) holding the file's .debug_info, .debug_abbrev,
 * .debug_str and .debug_line_str, for dwarf_begin_elf().  -ENOTSUP for a
 * directive it does not know there, -ENODATA without .debug_info.
 */
int debug_image_from_asm(const char *text, size_t len, void **image, size_t *image_size);

#endif
