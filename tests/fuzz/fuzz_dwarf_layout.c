/*
 * Fuzz target for kpatch_gensrc's reader of debug sections in assembly
 * text (gcc-plugin/dwarf_asm.c) and the layout record libdw makes of them
 * (dwarf_layout.c): any text gives a record or an error, never a crash.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dwarf_layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *record = NULL;

	if (!dwarf_layout_of_text((const char *)data, size, &record)) {
		if (strncmp(record, "libcare-layout 1\n", 17))
			abort();	/* every record starts with its version */
		free(record);
	}
	return 0;
}
