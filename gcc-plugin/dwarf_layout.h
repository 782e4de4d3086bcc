/* Layout records from the DWARF of an assembly file; see dwarf_layout.c. */
#ifndef LIBCARE_DWARF_LAYOUT_H
#define LIBCARE_DWARF_LAYOUT_H

#include <stddef.h>
#include <sys/types.h>

/*
 * The layout record of one assembly file (TEXT, LEN bytes) from the debug
 * sections in its text, without an assembler: 0 and a malloc'ed
 * NUL-terminated *record, or -ENOTSUP for a form the reader does not know,
 * -ENODATA without debug information, -ENOMEM.
 */
int dwarf_layout_of_text(const char *text, size_t len, char **record);

/* Two assemblies under way; see dwarf_layouts_start(). */
struct dwarf_layout_job {
	char objects[2][4096];	/* the temporary objects */
	pid_t pids[2];
	char *texts[2];		/* read without an assembler */
	int described;
};

/*
 * Describes both files (TEXTS, LENS: their contents) from the debug
 * sections in their text or, where that fails, starts assembling both (at
 * once, in the background).  0, or -errno with *why saying which step
 * failed on asm_paths[*which] (nothing is left running then).
 */
int dwarf_layouts_start(struct dwarf_layout_job *job, const char *asm_paths[2],
			const char *texts[2], const size_t lens[2], const char **why, int *which);
/*
 * Waits for both and describes the structs and unions their functions use
 * (docs/internals.md, "Layout records"): 0 and two malloc'ed
 * NUL-terminated texts, or -errno with *why and *which as above.  The
 * temporary objects are gone either way.
 */
int dwarf_layouts_finish(struct dwarf_layout_job *job, char *texts[2], const char **why,
			 int *which);
/* Stops the assemblers of a job not finished and removes their objects. */
void dwarf_layouts_cancel(struct dwarf_layout_job *job);

#endif
