/*
 * x86-64 relocation arithmetic (psABI section 4.4), on a local buffer.
 * Every type the doctor accepts is listed here; the rest are refused by
 * name before anything is written into a patient.
 */
#include <elf.h>
#include <errno.h>
#include <string.h>

#include "arch.h"

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
	static const char *const names[] = {
		[R_X86_64_NONE] = "R_X86_64_NONE", [R_X86_64_64] = "R_X86_64_64",
		[R_X86_64_PC32] = "R_X86_64_PC32", [R_X86_64_GOT32] = "R_X86_64_GOT32",
		[R_X86_64_PLT32] = "R_X86_64_PLT32", [R_X86_64_COPY] = "R_X86_64_COPY",
		[R_X86_64_GLOB_DAT] = "R_X86_64_GLOB_DAT", [R_X86_64_JUMP_SLOT] = "R_X86_64_JUMP_SLOT",
		[R_X86_64_RELATIVE] = "R_X86_64_RELATIVE", [R_X86_64_GOTPCREL] = "R_X86_64_GOTPCREL",
		[R_X86_64_32] = "R_X86_64_32", [R_X86_64_32S] = "R_X86_64_32S",
		[R_X86_64_16] = "R_X86_64_16", [R_X86_64_PC16] = "R_X86_64_PC16",
		[R_X86_64_8] = "R_X86_64_8", [R_X86_64_PC8] = "R_X86_64_PC8",
		[R_X86_64_DTPMOD64] = "R_X86_64_DTPMOD64", [R_X86_64_DTPOFF64] = "R_X86_64_DTPOFF64",
		[R_X86_64_TPOFF64] = "R_X86_64_TPOFF64", [R_X86_64_TLSGD] = "R_X86_64_TLSGD",
		[R_X86_64_TLSLD] = "R_X86_64_TLSLD", [R_X86_64_DTPOFF32] = "R_X86_64_DTPOFF32",
		[R_X86_64_GOTTPOFF] = "R_X86_64_GOTTPOFF", [R_X86_64_TPOFF32] = "R_X86_64_TPOFF32",
		[R_X86_64_PC64] = "R_X86_64_PC64", [R_X86_64_GOTOFF64] = "R_X86_64_GOTOFF64",
		[R_X86_64_GOTPC32] = "R_X86_64_GOTPC32", [R_X86_64_GOT64] = "R_X86_64_GOT64",
		[R_X86_64_GOTPCREL64] = "R_X86_64_GOTPCREL64", [R_X86_64_GOTPC64] = "R_X86_64_GOTPC64",
		[R_X86_64_GOTPLT64] = "R_X86_64_GOTPLT64", [R_X86_64_PLTOFF64] = "R_X86_64_PLTOFF64",
		[R_X86_64_SIZE32] = "R_X86_64_SIZE32", [R_X86_64_SIZE64] = "R_X86_64_SIZE64",
		[R_X86_64_GOTPC32_TLSDESC] = "R_X86_64_GOTPC32_TLSDESC",
		[R_X86_64_TLSDESC_CALL] = "R_X86_64_TLSDESC_CALL", [R_X86_64_TLSDESC] = "R_X86_64_TLSDESC",
		[R_X86_64_IRELATIVE] = "R_X86_64_IRELATIVE", [R_X86_64_RELATIVE64] = "R_X86_64_RELATIVE64",
		[R_X86_64_GOTPCRELX] = "R_X86_64_GOTPCRELX",
		[R_X86_64_REX_GOTPCRELX] = "R_X86_64_REX_GOTPCRELX",
	};

	if (type < sizeof(names) / sizeof(names[0]) && names[type])
		return names[type];
	return "unknown relocation type";
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
