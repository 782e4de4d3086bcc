/* Layout records from the DWARF of an assembly file; see dwarf_layout.c. */
#ifndef LIBCARE_DWARF_LAYOUT_H
#define LIBCARE_DWARF_LAYOUT_H

#include <stddef.h>

/*
 * Assembles ASM_PATH and describes the structs and unions its functions
 * use (docs/internals.md, "Layout records").  0 and a malloc'ed
 * NUL-terminated *text, or -errno with *why saying which step failed.
 */
int dwarf_layout_of_asm(const char *asm_path, char **text, size_t *len, const char **why);

#endif
