/*
 * kpatch_strip --strip: keep only what the patch needs from the patched
 * binary.  .kpatch* sections, their relocations and the symbol and name
 * tables keep their bytes; every other section becomes SHT_NOBITS in place,
 * so section indices (and with them every symbol's st_shndx) stay valid.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "linker/strip.h"

static int keeps_bytes(const struct elf_file *ef, unsigned i)
{
	const Elf64_Shdr *s = &ef->shdrs[i];

	if (s->sh_type == SHT_NOBITS)
		return 0;
	if (elf_is_kpatch_section(ef, i))
		return 1;
	if (s->sh_type == SHT_RELA && !(s->sh_flags & SHF_ALLOC) &&
	    elf_is_kpatch_section(ef, s->sh_info))
		return 1;
	if (i == ef->symtab_ndx || i == ef->ehdr->e_shstrndx)
		return 1;
	return ef->symtab_ndx && i == ef->shdrs[ef->symtab_ndx].sh_link;
}

int strip_non_kpatch(struct elf_file *ef, int keep_phdrs)
{
	struct section_bytes *bytes;
	struct unwind_extra unwind;
	unsigned i, kept = 0, shnum = ef->shnum;
	void *table = NULL;
	int ret;

	if (!ef->symtab_ndx) {
		pr_warn("%s: no symbol table; was it stripped?\n", ef->path);
		return -EINVAL;
	}
	/*
	 * The patch's own unwind records: gensrc writes them as
	 * .kpatch.eh_frame, which gets its terminator below; code whose CFI
	 * the assembler wrote has them in .eh_frame, carried over here
	 * before .eh_frame loses its bytes.
	 */
	ret = unwind_extract(ef, &unwind);
	if (ret)
		return ret;
	bytes = calloc(ef->shnum + unwind.n, sizeof(*bytes));
	if (!bytes) {
		unwind_extra_free(&unwind);
		return -ENOMEM;
	}
	for (i = 1; i < ef->shnum; i++) {
		if (keeps_bytes(ef, i)) {
			bytes[i].data = ef->data + ef->shdrs[i].sh_offset;
			bytes[i].size = ef->shdrs[i].sh_size;
			kept += elf_is_kpatch_section(ef, i);
			if (!table)
				ret = unwind_table_terminate(ef, i, &bytes[i], &table);
			if (ret)
				break;
			continue;
		}
		/*
		 * A section nothing maps at run time keeps no size either.
		 * That also keeps the manual chain's GNU strip from refilling
		 * a NOBITS ".rela.debug_info" with zeros and leaving it behind
		 * the section it removes: a relocation section for no section,
		 * which no ELF reader accepts, so no later step could repair it.
		 */
		ef->shdrs[i].sh_type = SHT_NOBITS;
		if (!(ef->shdrs[i].sh_flags & SHF_ALLOC))
			ef->shdrs[i].sh_size = 0;
	}
	if (!ret && !kept) {
		pr_warn("%s: no .kpatch sections; was it built from kpatch_gensrc output?\n",
			ef->path);
		ret = -EINVAL;
	}
	if (!ret && unwind.n) {
		bytes[ef->shstrndx] = (struct section_bytes){ unwind.shstrtab, unwind.shstrtab_size };
		bytes[shnum] = (struct section_bytes){ unwind.frame, unwind.frame_size };
		bytes[shnum + 1] = (struct section_bytes){ unwind.relas,
			unwind.nrelas * sizeof(*unwind.relas) };
	}
	if (!ret)
		ret = elf_relayout(ef, bytes, shnum + unwind.n, unwind.shdrs, keep_phdrs);
	free(table);
	free(bytes);
	unwind_extra_free(&unwind);
	return ret;
}
