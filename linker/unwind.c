/*
 * .kpatch.eh_frame, the unwind table of the patch's code (gensrc writes
 * one part per unit, the linker concatenates them), gets here the zero
 * word that ends a table, so that it can be handed as it is to an
 * unwinder (libgcc's __register_frame_info reads records up to it).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "linker/strip.h"

#define UNWIND_SECTION	".kpatch.eh_frame"

/*
 * Walks the records (a 4-byte length, then that many bytes); 1 when the
 * table already ends with its terminator, 0 when it ends after a whole
 * record, -EINVAL when a record runs past the end or uses the 64-bit form.
 */
static int table_end(const unsigned char *p, size_t size)
{
	size_t off = 0;

	while (off < size) {
		uint32_t len;

		if (size - off < 4)
			return -EINVAL;
		memcpy(&len, p + off, 4);
		if (!len)
			return off + 4 == size ? 1 : -EINVAL;
		if (len == 0xffffffff || len > size - off - 4)
			return -EINVAL;
		off += 4 + (size_t)len;
	}
	return 0;
}

int unwind_table_terminate(const struct elf_file *ef, unsigned i, struct section_bytes *bytes,
			   void **owned)
{
	unsigned char *copy;
	int end;

	*owned = NULL;
	if (strcmp(elf_section_name(ef, i), UNWIND_SECTION) || !bytes->data)
		return 0;
	end = table_end(bytes->data, bytes->size);
	if (end < 0) {
		pr_warn("%s: %s is not a table of whole CIE and FDE records\n", ef->path,
			UNWIND_SECTION);
		return end;
	}
	if (end)
		return 0;
	copy = calloc(1, bytes->size + 4);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, bytes->data, bytes->size);
	bytes->data = copy;
	bytes->size += 4;
	*owned = copy;
	return 0;
}
