/*
 * kpatch_build's check that PATCHED changes code only through its .kpatch
 * sections: gensrc emits the original's code unchanged, so a code section
 * of ORIG that PATCHED holds otherwise (an assembly source or a unit built
 * without the plugin changed) is a change no patch would carry.  Bytes
 * PATCHED's relocations (-Wl,-q) fill are skipped: the .kpatch sections
 * the linker placed among the others move addresses.  The refusal names
 * ORIG's function there and its source file (.symtab's, or -g's unit).
 */
#include <elfutils/libdw.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "linker/samecode.h"

/* Marks in SKIP (one byte per byte of section SEC) the fields relocated there. */
static void mark_relocated(const struct elf_file *patched, unsigned sec, unsigned char *skip)
{
	const Elf64_Shdr *target = &patched->shdrs[sec];
	unsigned i;
	size_t k;

	for (i = 1; i < patched->shnum; i++) {
		const Elf64_Shdr *s = &patched->shdrs[i];
		const Elf64_Rela *r = (const Elf64_Rela *)(patched->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || s->sh_info != sec || (s->sh_flags & SHF_ALLOC))
			continue;
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			uint32_t type = ELF64_R_TYPE(r[k].r_info);
			uint64_t from = r[k].r_offset - target->sh_addr, to = from + 4, j;

			switch (type) {
			case R_X86_64_NONE:
				continue;
			case R_X86_64_64:
			case R_X86_64_PC64:
			case R_X86_64_GOTOFF64:
			case R_X86_64_GOTPC64:
			case R_X86_64_GOT64:
			case R_X86_64_GOTPCREL64:
			case R_X86_64_GOTPLT64:
			case R_X86_64_PLTOFF64:
			case R_X86_64_SIZE64:
			case R_X86_64_DTPOFF64:
			case R_X86_64_TPOFF64:
				to = from + 8;
				break;
			case R_X86_64_GOTPCRELX:
			case R_X86_64_REX_GOTPCRELX:
			case R_X86_64_GOTTPOFF:
			case R_X86_64_GOTPC32_TLSDESC:
				/* the linker may relax the instruction: REX, opcode, ModRM */
				from = from >= 3 ? from - 3 : 0;
				break;
			case R_X86_64_TLSGD:
			case R_X86_64_TLSLD:
				/* a relaxed sequence rewrites the call after it too */
				from = from >= 4 ? from - 4 : 0;
				to = from + 20;
				break;
			}
			for (j = from; j < to && j < target->sh_size; j++)
				skip[j] = 1;
		}
	}
}

/* ORIG's function (or nearest symbol before ADDR) and its source file. */
static void describe(const struct elf_file *orig, uint64_t addr, const char **func,
		     const char **file)
{
	uint64_t best = 0;
	const char *cur_file = NULL;
	size_t k;

	*func = NULL;
	*file = NULL;
	for (k = 1; k < orig->nsyms; k++) {
		const Elf64_Sym *s = &orig->syms[k];
		unsigned type = ELF64_ST_TYPE(s->st_info);
		const char *name = orig->strtab + s->st_name;

		if (type == STT_FILE) {
			cur_file = *name ? name : NULL;
			continue;
		}
		if (ELF64_ST_BIND(s->st_info) != STB_LOCAL)
			cur_file = NULL;
		if ((type != STT_FUNC && type != STT_NOTYPE && type != STT_GNU_IFUNC) || !*name ||
		    s->st_shndx == SHN_UNDEF || s->st_shndx == SHN_ABS || s->st_value > addr ||
		    (s->st_size && addr >= s->st_value + s->st_size) || s->st_value < best)
			continue;
		if (s->st_value == best && *func && type != STT_FUNC)
			continue;
		best = s->st_value;
		*func = name;
		*file = cur_file;
	}
}

/* The compile unit's name for link-time address ADDR of ORIG, from -g debug information. */
static void unit_of(const struct elf_file *orig, uint64_t addr, char *file, size_t size)
{
	Dwarf *dw = dwarf_begin_elf(orig->elf, DWARF_C_READ, NULL);
	Dwarf_Die cu;
	const char *name;

	file[0] = '\0';
	if (!dw)
		return;
	if (dwarf_addrdie(dw, addr, &cu) && (name = dwarf_diename(&cu)))
		snprintf(file, size, "%s", strrchr(name, '/') ? strrchr(name, '/') + 1 : name);
	dwarf_end(dw);
}

static int compare_section(const struct elf_file *orig, unsigned o,
			   const struct elf_file *patched, unsigned p)
{
	const Elf64_Shdr *os = &orig->shdrs[o], *ps = &patched->shdrs[p];
	const unsigned char *a = orig->data + os->sh_offset, *b = patched->data + ps->sh_offset;
	size_t n = os->sh_size < ps->sh_size ? os->sh_size : ps->sh_size, i;
	const char *func, *file;
	unsigned char *skip;
	char where[512], unit[256];

	skip = calloc(ps->sh_size + 1, 1);
	if (!skip)
		return -ENOMEM;
	mark_relocated(patched, p, skip);
	for (i = 0; i < n && (skip[i] || a[i] == b[i]); i++)
		;
	free(skip);
	if (i == n && os->sh_size == ps->sh_size)
		return 0;
	describe(orig, os->sh_addr + i, &func, &file);
	if (!file) {
		unit_of(orig, os->sh_addr + i, unit, sizeof(unit));
		file = unit[0] ? unit : NULL;
	}
	where[0] = '\0';
	if (func)
		snprintf(where, sizeof(where), " ('%s'%s%s)", func, file ? " of " : "",
			 file ? file : "");
	pr_warn("%s: its code outside the patch differs from %s in %s at 0x%llx%s: a change no .kpatch section carries (an assembly source, or a unit built without the LibCare plugin); not supported\n",
		patched->path, orig->path, elf_section_name(orig, o),
		(unsigned long long)(os->sh_addr + i), where);
	return -EINVAL;
}

int check_unchanged_code(const struct elf_file *orig, const struct elf_file *patched)
{
	unsigned o, p;
	int ret;

	for (o = 1; o < orig->shnum; o++) {
		const Elf64_Shdr *s = &orig->shdrs[o];
		const char *name = elf_section_name(orig, o);

		/* the PLT grows with the imports new code calls */
		if (s->sh_type != SHT_PROGBITS || !(s->sh_flags & SHF_EXECINSTR) ||
		    !strncmp(name, ".plt", 4) || !strcmp(name, ".iplt") ||
		    !strncmp(name, ".kpatch", 7))
			continue;
		for (p = 1; p < patched->shnum; p++)
			if (!strcmp(elf_section_name(patched, p), name))
				break;
		if (p == patched->shnum || patched->shdrs[p].sh_type != SHT_PROGBITS)
			continue;
		ret = compare_section(orig, o, patched, p);
		if (ret)
			return ret;
	}
	return 0;
}
