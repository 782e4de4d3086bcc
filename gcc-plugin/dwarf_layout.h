/* Layout records from the DWARF of an assembly file; see dwarf_layout.c. */
#ifndef LIBCARE_DWARF_LAYOUT_H
#define LIBCARE_DWARF_LAYOUT_H

#include <stddef.h>

/*
 * Assembles both files (at once) and describes the structs and unions
 * their functions use (docs/internals.md, "Layout records").  0 and two
 * malloc'ed NUL-terminated texts, or -errno with *why saying which step
 * failed on asm_paths[*which].
 */
int dwarf_layouts_of_asm(const char *asm_paths[2], char *texts[2], const char **why,
			 int *which);

#endif
