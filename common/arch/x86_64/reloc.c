/*
 * Width of the place of each x86-64 relocation type LibCare applies, from
 * the one relocation table (reloc_types.c); the doctor's arithmetic is in
 * doctor/arch/.
 */
#include "common/arch/x86_64/reloc.h"
#include "reloc_types.h"

size_t arch_reloc_size(uint32_t type)
{
	const struct reloc_type_info *t = arch_reloc_type(type);

	return t && t->in_patch ? t->size : 0;
}
