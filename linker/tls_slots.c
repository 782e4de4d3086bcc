/*
 * ORIG's GOT slots for thread-local variables: the TPOFF64 and
 * DTPMOD64/DTPOFF64 entries its dynamic relocations fill, which the patch
 * reads instead of slots of its own.
 */
#include <errno.h>
#include <string.h>

#include "linker/relfixup.h"

/* Eight bytes of ORIG's file image at link-time address ADDR. */
static int orig_read64(const struct elf_file *orig, uint64_t addr, uint64_t *val)
{
	unsigned i;

	for (i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];

		if (!(s->sh_flags & SHF_ALLOC) || addr < s->sh_addr ||
		    addr - s->sh_addr + 8 > s->sh_size)
			continue;
		if (s->sh_type != SHT_PROGBITS || s->sh_offset + s->sh_size > orig->size)
			return -ENOENT;
		memcpy(val, orig->data + s->sh_offset + (addr - s->sh_addr), 8);
		return 0;
	}
	return -ENOENT;
}

/* NAME without its "@VERSION" part equals DYNNAME. */
static int same_base_name(const char *name, const char *dynname)
{
	size_t n = strcspn(name, "@");

	return !strncmp(name, dynname, n) && dynname[n] == '\0';
}

/*
 * The GOT slot ORIG's dynamic relocations of TYPE (TPOFF64 for
 * initial-exec, DTPMOD64 for a general- or local-dynamic pair) fill for a
 * variable: one named NAME (NULL: none), or, by symbol 0, the variable
 * at OFFSET of ORIG's own TLS block (HAVE_OFFSET).
 */
int orig_tls_slot(const struct elf_file *orig, uint32_t type, const char *name,
		  int have_offset, uint64_t offset, uint64_t *slot)
{
	unsigned i;
	size_t k;

	for (i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i], *dynsym, *dynstr;
		const Elf64_Rela *r = (const Elf64_Rela *)(orig->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || !(s->sh_flags & SHF_ALLOC) ||
		    s->sh_offset + s->sh_size > orig->size || s->sh_link >= orig->shnum)
			continue;
		dynsym = &orig->shdrs[s->sh_link];
		if (dynsym->sh_link >= orig->shnum)
			continue;
		dynstr = &orig->shdrs[dynsym->sh_link];
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			size_t si = ELF64_R_SYM(r[k].r_info);
			uint64_t off;

			if (ELF64_R_TYPE(r[k].r_info) != type)
				continue;
			if (si) {
				const Elf64_Sym *ds = (const Elf64_Sym *)(orig->data + dynsym->sh_offset) + si;

				if (!name || dynsym->sh_type != SHT_DYNSYM ||
				    (si + 1) * sizeof(*ds) > dynsym->sh_size ||
				    ds->st_name >= dynstr->sh_size ||
				    !same_base_name(name, (const char *)orig->data + dynstr->sh_offset + ds->st_name))
					continue;
			} else {
				if (!have_offset)
					continue;
				if (type == R_X86_64_TPOFF64)
					off = r[k].r_addend;
				else if (orig_read64(orig, r[k].r_offset + 8, &off))
					continue;
				if (off != offset)
					continue;
			}
			*slot = r[k].r_offset;
			return 0;
		}
	}
	return -ENOENT;
}
