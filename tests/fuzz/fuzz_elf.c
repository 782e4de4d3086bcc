/*
 * Fuzz target for the ELF layer (common/elf): any bytes give an error or
 * a file whose every section, name, symbol and relocation is in bounds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/elf/elf_file.h"
#include "common/log.h"

/* what the walk reads goes here, so that it is not optimised away */
static volatile size_t sink;

static void silent(enum log_level level, const char *message)
{
	(void)level;
	(void)message;
}

static void follow(const struct elf_file *ef)
{
	for (unsigned i = 0; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		sink += strlen(elf_section_name(ef, i));
		if (i && s->sh_type != SHT_NOBITS && s->sh_size)
			sink += ef->data[s->sh_offset] + ef->data[s->sh_offset + s->sh_size - 1];
		if (s->sh_type == SHT_RELA && !(s->sh_flags & SHF_ALLOC) && s->sh_size) {
			const Elf64_Rela *r = (const Elf64_Rela *)(ef->data + s->sh_offset);

			for (size_t k = 0; k < s->sh_size / sizeof(*r); k++)
				if (ELF64_R_SYM(r[k].r_info) >= ef->nsyms)
					abort();
		}
	}
	for (size_t k = 0; k < ef->nsyms; k++) {
		unsigned shndx = elf_symbol_shndx(ef, k);

		sink += strlen(elf_symbol_name(ef, k));
		if (shndx >= ef->shnum && shndx < SHN_LORESERVE)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct elf_file ef;

	log_set_sink(silent);
	if (!elf_parse_copy("fuzz", data, size, &ef)) {
		follow(&ef);
		elf_free(&ef);
	}
	return 0;
}
