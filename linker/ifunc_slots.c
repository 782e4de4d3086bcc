/*
 * ORIG's way to an IFUNC it defines itself: the GOT slot the dynamic linker
 * fills with the implementation the resolver chose (IRELATIVE for a local
 * or hidden IFUNC, JUMP_SLOT or GLOB_DAT for an exported one) and the PLT
 * entry that jumps through it.  The IFUNC's symbol is its resolver, so a
 * patch calling the symbol would call the resolver: it goes through these.
 */
#include <errno.h>
#include <string.h>

#include "linker/relfixup.h"

/* NAME without its "@VERSION" part equals DYNNAME. */
static int same_base(const char *name, const char *dynname)
{
	size_t n = strcspn(name, "@");

	return !strncmp(name, dynname, n) && dynname[n] == '\0';
}

/* Does dynamic relocation R fill a slot with IFUNC NAME (resolver RESOLVER)? */
static int fills_with(const struct elf_file *orig, const Elf64_Shdr *rela, const Elf64_Rela *r,
		      const char *name, uint64_t resolver)
{
	const Elf64_Shdr *dynsym, *dynstr;
	const Elf64_Sym *ds;
	size_t si = ELF64_R_SYM(r->r_info);

	switch (ELF64_R_TYPE(r->r_info)) {
	case R_X86_64_IRELATIVE:
		return !si && (uint64_t)r->r_addend == resolver;
	case R_X86_64_JUMP_SLOT:
	case R_X86_64_GLOB_DAT:
		break;
	default:
		return 0;
	}
	if (!si || rela->sh_link >= orig->shnum)
		return 0;
	dynsym = &orig->shdrs[rela->sh_link];
	if (dynsym->sh_type != SHT_DYNSYM || dynsym->sh_link >= orig->shnum ||
	    (si + 1) * sizeof(*ds) > dynsym->sh_size ||
	    dynsym->sh_offset + dynsym->sh_size > orig->size)
		return 0;
	dynstr = &orig->shdrs[dynsym->sh_link];
	ds = (const Elf64_Sym *)(orig->data + dynsym->sh_offset) + si;
	return ds->st_name < dynstr->sh_size && ds->st_shndx != SHN_UNDEF &&
	       ds->st_value == resolver &&
	       same_base(name, (const char *)orig->data + dynstr->sh_offset + ds->st_name);
}

int orig_ifunc_target(const struct elf_file *orig, const char *name, uint64_t resolver,
		      int want_plt, uint64_t *addr)
{
	unsigned i;
	size_t k;

	for (i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];
		const Elf64_Rela *r = (const Elf64_Rela *)(orig->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || !(s->sh_flags & SHF_ALLOC) ||
		    s->sh_offset + s->sh_size > orig->size)
			continue;
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			if (!fills_with(orig, s, &r[k], name, resolver))
				continue;
			if (!want_plt) {
				*addr = r[k].r_offset;
				return 0;
			}
			if (!orig_plt_entry(orig, r[k].r_offset, addr))
				return 0;
		}
	}
	return -ENOENT;
}
