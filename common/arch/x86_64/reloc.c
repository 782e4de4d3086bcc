/*
 * Width of the place of each x86-64 relocation type LibCare applies
 * (psABI section 4.4); the doctor's arithmetic is in doctor/arch/.
 */
#include <elf.h>

#include "common/arch/x86_64/reloc.h"

size_t arch_reloc_size(uint32_t type)
{
	switch (type) {
	case R_X86_64_64:
	case R_X86_64_PC64:
		return 8;
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
	case R_X86_64_32:
	case R_X86_64_32S:
	case R_X86_64_TPOFF32:
	case R_X86_64_DTPOFF32:
		return 4;
	default:
		return 0;
	}
}
