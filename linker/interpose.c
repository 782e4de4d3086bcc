/*
 * Symbols of a shared ORIG that another object may interpose or copy: the
 * GOT slots ORIG's own code reaches them through, which the dynamic linker
 * fills with the definition the process really uses, and the PLT entries
 * that jump through those slots.  relfixup.c points the patch at them.
 */
#include <errno.h>
#include <string.h>

#include "insn_rewrite.h"
#include "linker/relfixup.h"

/* Section I's bytes lie in the file. */
static int in_file(const struct elf_file *ef, unsigned i)
{
	const Elf64_Shdr *s = &ef->shdrs[i];

	return s->sh_type != SHT_NOBITS && s->sh_offset <= ef->size &&
	       s->sh_size <= ef->size - s->sh_offset;
}

/* The section holding link-time address ADDR is named NAME. */
static int addr_in_section(const struct elf_file *ef, uint64_t addr, const char *name)
{
	for (unsigned i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		if ((s->sh_flags & SHF_ALLOC) && addr >= s->sh_addr &&
		    addr - s->sh_addr < s->sh_size)
			return !strcmp(elf_section_name(ef, i), name);
	}
	return 0;
}

/* The section of type TYPE whose sh_link is LINK, or 0. */
static unsigned linked_section(const struct elf_file *ef, unsigned link, uint32_t type)
{
	for (unsigned i = 1; i < ef->shnum; i++)
		if (ef->shdrs[i].sh_type == type && ef->shdrs[i].sh_link == link && in_file(ef, i))
			return i;
	return 0;
}

/* Name of version index NDX in the version definitions VERDEF, or NULL. */
static const char *version_name(const struct elf_file *ef, unsigned verdef, unsigned ndx)
{
	const Elf64_Shdr *s = &ef->shdrs[verdef], *str;
	uint64_t off = 0;

	if (s->sh_link >= ef->shnum || !in_file(ef, s->sh_link))
		return NULL;
	str = &ef->shdrs[s->sh_link];
	while (off + sizeof(Elf64_Verdef) <= s->sh_size) {
		Elf64_Verdef vd;
		Elf64_Verdaux va;

		memcpy(&vd, ef->data + s->sh_offset + off, sizeof(vd));
		if (vd.vd_ndx == ndx && vd.vd_cnt && off + vd.vd_aux + sizeof(va) <= s->sh_size) {
			memcpy(&va, ef->data + s->sh_offset + off + vd.vd_aux, sizeof(va));
			if (va.vda_name >= str->sh_size ||
			    !memchr(ef->data + str->sh_offset + va.vda_name, '\0',
				    str->sh_size - va.vda_name))
				return NULL;
			return (const char *)ef->data + str->sh_offset + va.vda_name;
		}
		if (!vd.vd_next)
			break;
		off += vd.vd_next;
	}
	return NULL;
}

/*
 * Dynamic symbol K of DYNSYM carries the version NAME asks for: "f@@V" or
 * "f@V" version V as default or hidden one, a plain "f" the default one.
 */
static int version_matches(const struct elf_file *ef, unsigned dynsym, size_t k, const char *name)
{
	const char *at = strchr(name, '@'), *ver;
	/* .gnu.version is linked to .dynsym, .gnu.version_d to its strings */
	unsigned versym = linked_section(ef, dynsym, SHT_GNU_versym);
	unsigned verdef = linked_section(ef, ef->shdrs[dynsym].sh_link, SHT_GNU_verdef);
	Elf64_Half vs;
	int hidden;

	if (!versym || (k + 1) * sizeof(vs) > ef->shdrs[versym].sh_size)
		return !at;
	memcpy(&vs, ef->data + ef->shdrs[versym].sh_offset + k * sizeof(vs), sizeof(vs));
	hidden = !!(vs & 0x8000);
	if (!at)
		return !hidden;
	if (hidden != (at[1] != '@') || !verdef)
		return 0;
	ver = version_name(ef, verdef, vs & 0x7fff);
	return ver && !strcmp(ver, at + 1 + !hidden);
}

/* Dynamic symbol SI of DYNSYM is NAME, defined at VALUE, with default visibility. */
static int is_definition(const struct elf_file *ef, unsigned dynsym, size_t si, const char *name,
			 uint64_t value)
{
	const Elf64_Shdr *ds = &ef->shdrs[dynsym], *str;
	Elf64_Sym sym;
	const char *dname;
	size_t n = strcspn(name, "@");

	if (ds->sh_type != SHT_DYNSYM || ds->sh_link >= ef->shnum || !in_file(ef, ds->sh_link) ||
	    (si + 1) * sizeof(sym) > ds->sh_size)
		return 0;
	str = &ef->shdrs[ds->sh_link];
	memcpy(&sym, ef->data + ds->sh_offset + si * sizeof(sym), sizeof(sym));
	if (sym.st_shndx == SHN_UNDEF || sym.st_value != value || sym.st_name >= str->sh_size ||
	    ELF64_ST_VISIBILITY(sym.st_other) != STV_DEFAULT)
		return 0;
	dname = (const char *)ef->data + str->sh_offset + sym.st_name;
	if (strnlen(dname, str->sh_size - sym.st_name) != n || strncmp(dname, name, n))
		return 0;
	return version_matches(ef, dynsym, si, name);
}

int orig_symbol_slots(const struct elf_file *orig, const char *name, uint64_t value,
		      struct orig_slots *out)
{
	memset(out, 0, sizeof(*out));
	for (unsigned i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];
		const Elf64_Rela *r = (const Elf64_Rela *)(orig->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || !(s->sh_flags & SHF_ALLOC) || !in_file(orig, i) ||
		    s->sh_link >= orig->shnum)
			continue;
		for (size_t k = 0; k < s->sh_size / sizeof(*r); k++) {
			uint32_t type = ELF64_R_TYPE(r[k].r_info);
			size_t si = ELF64_R_SYM(r[k].r_info);

			if (!si || r[k].r_addend ||
			    (type != R_X86_64_GLOB_DAT && type != R_X86_64_JUMP_SLOT &&
			     type != R_X86_64_64) ||
			    !is_definition(orig, s->sh_link, si, name, value))
				continue;
			if (type == R_X86_64_JUMP_SLOT) {
				if (!out->jump_slot)
					out->jump_slot = r[k].r_offset;
			} else if (type == R_X86_64_GLOB_DAT || addr_in_section(orig, r[k].r_offset, ".got")) {
				if (!out->value_slot)
					out->value_slot = r[k].r_offset;
			}
		}
	}
	return out->value_slot || out->jump_slot ? 0 : -ENOENT;
}

int orig_plt_entry(const struct elf_file *orig, uint64_t slot, uint64_t *entry)
{
	if (!slot)
		return -ENOENT;
	for (unsigned i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];
		uint64_t step = s->sh_entsize >= 8 && s->sh_entsize <= 64 ? s->sh_entsize : 16;

		if (strncmp(elf_section_name(orig, i), ".plt", 4) || !(s->sh_flags & SHF_EXECINSTR) ||
		    !in_file(orig, i))
			continue;
		for (uint64_t off = 0; off + 6 <= s->sh_size; off += step) {
			const uint8_t *code = orig->data + s->sh_offset + off;
			size_t end;
			int32_t disp;

			if (arch_plt_entry_slot(code, s->sh_size - off < step ? s->sh_size - off : step,
						&end, &disp))
				continue;
			if (s->sh_addr + off + end + (int64_t)disp == slot) {
				*entry = s->sh_addr + off;
				return 0;
			}
		}
	}
	return -ENOENT;
}
