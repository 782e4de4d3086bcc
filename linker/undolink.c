/*
 * kpatch_strip --undo-link: turn the stripped, fixed-up patched binary into
 * the ET_REL image the doctor loads.  Addresses become section offsets:
 *
 *   r_offset 0x11b9 in .kpatch.text (sh_addr 0x11b2)  ->  0x7
 *   foo.kpatch = 0x11b2 in .kpatch.text               ->  0x0
 *
 * SHN_ABS symbols keep their value: they are addresses in the original.
 * Sections other than the patch's keep no bytes, as after --strip; what
 * GNU strip changes in between is undone first, in normalize_image().
 */
#include <errno.h>

#include "common/log.h"
#include "linker/strip.h"

/*
 * GNU strip writes a relocation against an absolute symbol of value 0 as a
 * relocation against symbol 0 (bfd's elf_write_relocs), and the first
 * thread-local variable of the original sits at offset 0 of its TLS block.
 * Such a TPOFF32 or DTPOFF32 is pointed back at the thread-local absolute
 * symbol of value 0, which strip kept because a relocation named it.
 */
static int restore_tls_symbols(struct elf_file *ef)
{
	size_t tls_zero = 0, k;
	unsigned i;

	for (k = 1; k < ef->nsyms && !tls_zero; k++)
		if (elf_symbol_shndx(ef, k) == SHN_ABS && ef->syms[k].st_value == 0 &&
		    ELF64_ST_TYPE(ef->syms[k].st_info) == STT_TLS)
			tls_zero = k;
	for (i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];
		Elf64_Rela *r = (Elf64_Rela *)(ef->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || (s->sh_flags & SHF_ALLOC))
			continue;
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			uint32_t type = ELF64_R_TYPE(r[k].r_info);

			if ((type != R_X86_64_TPOFF32 && type != R_X86_64_DTPOFF32) ||
			    ELF64_R_SYM(r[k].r_info))
				continue;
			if (!tls_zero) {
				pr_warn("%s: %s at %s+0x%llx has lost its symbol\n", ef->path,
					type == R_X86_64_TPOFF32 ? "R_X86_64_TPOFF32" : "R_X86_64_DTPOFF32",
					elf_section_name(ef, s->sh_info),
					(unsigned long long)r[k].r_offset);
				return -EINVAL;
			}
			r[k].r_info = ELF64_R_INFO(tls_zero, type);
		}
	}
	return 0;
}

/*
 * The normalising step, and the only place that repairs what GNU strip
 * does: the manual chain runs "strip --strip-unneeded" between --rel-fixup
 * and --undo-link, as LibCare's documentation has always taught.
 * kpatch_strip's own output passes through unchanged (its symbol table
 * already holds only what the relocations name); after GNU strip:
 *  - the sections the patch does not carry have their headers back as
 *    empty RELA or PROGBITS sections: SHT_NOBITS again, as after --strip;
 *  - a relocation against an absolute symbol of value 0 names symbol 0.
 */
static int normalize_image(struct elf_file *ef)
{
	int ret = strip_non_kpatch(ef, 0);

	if (!ret)
		ret = restore_tls_symbols(ef);
	return ret;
}

static int unlink_relocations(struct elf_file *ef)
{
	unsigned i;
	size_t k;

	for (i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i], *target;
		Elf64_Rela *r = (Elf64_Rela *)(ef->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || (s->sh_flags & SHF_ALLOC))
			continue;
		target = &ef->shdrs[s->sh_info];
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			if (r[k].r_offset < target->sh_addr ||
			    r[k].r_offset - target->sh_addr >= target->sh_size) {
				pr_warn("%s: relocation %zu of %s at 0x%llx lies outside %s\n",
					ef->path, k, elf_section_name(ef, i),
					(unsigned long long)r[k].r_offset,
					elf_section_name(ef, s->sh_info));
				return -EINVAL;
			}
			r[k].r_offset -= target->sh_addr;
		}
	}
	return 0;
}

static int unlink_symbols(struct elf_file *ef)
{
	size_t k;

	for (k = 1; k < ef->nsyms; k++) {
		Elf64_Sym *s = &ef->syms[k];
		unsigned shndx = elf_symbol_shndx(ef, k);
		const Elf64_Shdr *sec;

		/* SHN_ABS and the like; a real index above SHN_LORESERVE comes through SHN_XINDEX */
		if (shndx == SHN_UNDEF || (s->st_shndx >= SHN_LORESERVE && s->st_shndx != SHN_XINDEX))
			continue;
		if (shndx >= ef->shnum) {
			pr_warn("%s: symbol '%s' is in section %u, out of range\n", ef->path,
				elf_symbol_name(ef, k), shndx);
			return -EINVAL;
		}
		sec = &ef->shdrs[shndx];
		if (s->st_value >= sec->sh_addr && s->st_value - sec->sh_addr <= sec->sh_size) {
			s->st_value -= sec->sh_addr;
		} else if (elf_is_kpatch_section(ef, shndx)) {
			pr_warn("%s: symbol '%s' at 0x%llx lies outside its section %s\n", ef->path,
				elf_symbol_name(ef, k), (unsigned long long)s->st_value,
				elf_section_name(ef, shndx));
			return -EINVAL;
		}
	}
	return 0;
}

int undo_link(struct elf_file *ef)
{
	unsigned i;
	int ret;

	if (ef->ehdr->e_type == ET_REL) {
		pr_warn("%s: already ET_REL; --undo-link was run on it before\n", ef->path);
		return -EINVAL;
	}
	if (ef->ehdr->e_type != ET_EXEC && ef->ehdr->e_type != ET_DYN) {
		pr_warn("%s: not a linked executable or shared object\n", ef->path);
		return -EINVAL;
	}
	if (!ef->symtab_ndx) {
		pr_warn("%s: no symbol table\n", ef->path);
		return -EINVAL;
	}
	if (elf_find_section(ef, ".kpatch.info") <= 0) {
		pr_warn("%s: no (or more than one) .kpatch.info section\n", ef->path);
		return -EINVAL;
	}
	ret = normalize_image(ef);
	if (!ret)
		ret = unlink_relocations(ef);
	if (!ret)
		ret = unlink_symbols(ef);
	if (ret)
		return ret;
	for (i = 0; i < ef->shnum; i++)
		ef->shdrs[i].sh_addr = 0;
	ef->ehdr->e_type = ET_REL;
	ef->ehdr->e_entry = 0;
	ef->ehdr->e_phoff = 0;
	ef->ehdr->e_phnum = 0;
	ef->ehdr->e_phentsize = 0;
	return 0;
}
