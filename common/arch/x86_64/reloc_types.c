/*
 * The x86-64 relocation table (psABI section 4.4.1).  Sizes are those of
 * the field at the place; in_patch marks the types kpatch_strip may leave
 * in a patch and libcare-ctl applies.
 */
#include <elf.h>
#include <stddef.h>

#include "reloc_types.h"

#define TYPE(t, sz, patch)	[R_X86_64_##t] = { "R_X86_64_" #t, sz, patch }

static const struct reloc_type_info types[] = {
	TYPE(NONE, 0, 0),
	TYPE(64, 8, 1),
	TYPE(PC32, 4, 1),
	TYPE(GOT32, 4, 0),
	TYPE(PLT32, 4, 1),
	TYPE(COPY, 0, 0),
	TYPE(GLOB_DAT, 8, 0),
	TYPE(JUMP_SLOT, 8, 0),
	TYPE(RELATIVE, 8, 0),
	TYPE(GOTPCREL, 4, 1),
	TYPE(32, 4, 1),
	TYPE(32S, 4, 1),
	TYPE(16, 2, 0),
	TYPE(PC16, 2, 0),
	TYPE(8, 1, 0),
	TYPE(PC8, 1, 0),
	TYPE(DTPMOD64, 8, 0),
	TYPE(DTPOFF64, 8, 0),
	TYPE(TPOFF64, 8, 0),
	TYPE(TLSGD, 4, 0),
	TYPE(TLSLD, 4, 0),
	TYPE(DTPOFF32, 4, 1),
	TYPE(GOTTPOFF, 4, 0),
	TYPE(TPOFF32, 4, 1),
	TYPE(PC64, 8, 1),
	TYPE(GOTOFF64, 8, 0),
	TYPE(GOTPC32, 4, 0),
	TYPE(GOT64, 8, 0),
	TYPE(GOTPCREL64, 8, 0),
	TYPE(GOTPC64, 8, 0),
	TYPE(GOTPLT64, 8, 0),
	TYPE(PLTOFF64, 8, 0),
	TYPE(SIZE32, 4, 0),
	TYPE(SIZE64, 8, 0),
	TYPE(GOTPC32_TLSDESC, 4, 0),
	TYPE(TLSDESC_CALL, 0, 0),
	TYPE(TLSDESC, 16, 0),
	TYPE(IRELATIVE, 8, 0),
	TYPE(RELATIVE64, 8, 0),
	TYPE(GOTPCRELX, 4, 1),
	TYPE(REX_GOTPCRELX, 4, 1),
};

const struct reloc_type_info *arch_reloc_type(uint32_t type)
{
	if (type < sizeof(types) / sizeof(types[0]) && types[type].name)
		return &types[type];
	return NULL;
}
