/*
 * x86-64 relocation arithmetic (psABI section 4.4), on a local buffer.
 * Every type the doctor accepts is listed here; the rest are refused by
 * name before anything is written into a patient.  Names and sizes come
 * from the table the linker shares (common/arch).
 */
#include <elf.h>
#include <errno.h>
#include <string.h>

#include "arch.h"
#include "reloc_types.h"

enum reloc_kind arch_reloc_kind(uint32_t type)
{
	switch (type) {
	case R_X86_64_64:
	case R_X86_64_PC64:
		return RELOC_DATA;
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
		return RELOC_BRANCH;
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
		return RELOC_GOT;
	case R_X86_64_32:
	case R_X86_64_32S:
		return RELOC_ABS32;
	case R_X86_64_TPOFF32:
		return RELOC_TPOFF;
	case R_X86_64_DTPOFF32:
		return RELOC_DTPOFF;
	default:
		return RELOC_UNSUPPORTED;
	}
}

const char *arch_reloc_name(uint32_t type)
{
	const struct reloc_type_info *t = arch_reloc_type(type);

	return t ? t->name : "unknown relocation type";
}

static int put32s(uint8_t *loc, int64_t value)
{
	int32_t v = (int32_t)value;

	if (value != (int64_t)v)
		return -ERANGE;
	memcpy(loc, &v, sizeof(v));
	return 0;
}

int arch_apply_reloc(uint32_t type, uint8_t *loc, const struct reloc_values *v)
{
	uint64_t u64;
	uint32_t u32;

	switch (type) {
	case R_X86_64_64:
		u64 = v->S + v->A;
		memcpy(loc, &u64, sizeof(u64));
		return 0;
	case R_X86_64_PC64:
		u64 = v->S + v->A - v->P;
		memcpy(loc, &u64, sizeof(u64));
		return 0;
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
		return put32s(loc, (int64_t)(v->S + v->A - v->P));
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
		return put32s(loc, (int64_t)(v->G + v->A - v->P));
	case R_X86_64_32:
		u64 = v->S + v->A;
		if (u64 > UINT32_MAX)
			return -ERANGE;
		u32 = (uint32_t)u64;
		memcpy(loc, &u32, sizeof(u32));
		return 0;
	case R_X86_64_32S:
	case R_X86_64_TPOFF32:
	case R_X86_64_DTPOFF32:
		return put32s(loc, (int64_t)(v->S + v->A));
	default:
		return -EOPNOTSUPP;
	}
}

/* Variant II TLS: the executable's block ends at the thread pointer. */
int64_t arch_exec_tpoff(uint64_t offset, uint64_t tls_size)
{
	return (int64_t)offset - (int64_t)tls_size;
}
