/*
 * `libcare-ctl info --symbol-file`: the patch regions of a process as an
 * ELF file a debugger can load beside the program.  Each region is a code
 * section without bytes (SHT_NOBITS, as in a separate debug file) at the
 * region's address, so `add-symbol-file FILE` needs no address; each new
 * function is a symbol in it, under the name of the function it replaces.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/elf/elf_file.h"
#include "common/log.h"
#include "doctor/record.h"
#include "doctor/symfile.h"

/* A string table being built. */
struct strtab {
	char *data;
	size_t size, cap;
	int failed;
};

static size_t strtab_add(struct strtab *t, const char *s)
{
	size_t len = strlen(s) + 1, at = t->size;

	if (t->size + len > t->cap) {
		size_t cap = (t->cap + len) * 2;
		char *data = realloc(t->data, cap);

		if (!data) {
			t->failed = 1;
			return 0;
		}
		t->data = data;
		t->cap = cap;
	}
	memcpy(t->data + at, s, len);
	t->size += len;
	return at;
}

static int new_function_inside(const struct applied_patch *ap, uint32_t k)
{
	const struct record_func *f = &ap->funcs[k];
	uint64_t start = ap->hdr.region_start, size = ap->hdr.region_size;

	return f->new_addr >= start && f->new_size && f->new_size <= size &&
	       f->new_addr - start <= size - f->new_size;
}

/* The section and symbol tables for the N patches of AP. */
static int build_tables(const struct applied_patch *ap, size_t n, Elf64_Shdr *shdrs,
			struct strtab *shstr, struct strtab *str, Elf64_Sym **syms, size_t *nsyms)
{
	size_t count = 1, k = 1;
	char name[32];

	for (size_t i = 0; i < n; i++)
		count += ap[i].hdr.nr_funcs;
	*syms = calloc(count, sizeof(**syms));
	if (!*syms)
		return -ENOMEM;
	strtab_add(shstr, "");
	strtab_add(str, "");
	for (size_t i = 0; i < n; i++) {
		Elf64_Shdr *s = &shdrs[1 + i];

		/* the first is .text, which debuggers take for the code */
		snprintf(name, sizeof(name), i ? ".text.%zu" : ".text", i);
		s->sh_name = strtab_add(shstr, name);
		s->sh_type = SHT_NOBITS;
		s->sh_flags = SHF_ALLOC | SHF_EXECINSTR;
		s->sh_addr = ap[i].hdr.region_start;
		s->sh_size = ap[i].hdr.exec_size;
		s->sh_addralign = 4096;
		for (uint32_t f = 0; f < ap[i].hdr.nr_funcs; f++) {
			Elf64_Sym *sym = &(*syms)[k];

			if (!new_function_inside(&ap[i], f))
				continue;
			sym->st_name = strtab_add(str, ap[i].names[f]);
			sym->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
			sym->st_shndx = (uint16_t)(1 + i);
			sym->st_value = ap[i].funcs[f].new_addr;
			sym->st_size = ap[i].funcs[f].new_size;
			k++;
		}
	}
	*nsyms = k;
	return shstr->failed || str->failed ? -ENOMEM : 0;
}

static uint64_t align8(uint64_t v)
{
	return (v + 7) & ~7ULL;
}

/*
 * The file: header, .symtab, .strtab, .shstrtab, section headers.  Checked
 * by the ELF layer before it is written.
 */
static int write_image(const char *path, const struct applied_patch *ap, size_t n,
		       size_t *nfuncs)
{
	unsigned nsec = (unsigned)n + 4, symtab = (unsigned)n + 1;
	struct strtab shstr = { 0 }, str = { 0 };
	Elf64_Shdr *shdrs = calloc(nsec, sizeof(*shdrs));
	Elf64_Sym *syms = NULL;
	struct elf_file check;
	unsigned char *image = NULL;
	uint64_t off, size;
	Elf64_Ehdr *eh;
	size_t nsyms = 0;
	int ret = shdrs ? 0 : -ENOMEM;

	if (!ret)
		ret = build_tables(ap, n, shdrs, &shstr, &str, &syms, &nsyms);
	if (ret)
		goto out;
	shdrs[symtab] = (Elf64_Shdr){ .sh_name = strtab_add(&shstr, ".symtab"),
		.sh_type = SHT_SYMTAB, .sh_link = symtab + 1, .sh_info = 1, .sh_addralign = 8,
		.sh_entsize = sizeof(Elf64_Sym), .sh_size = nsyms * sizeof(Elf64_Sym) };
	shdrs[symtab + 1] = (Elf64_Shdr){ .sh_name = strtab_add(&shstr, ".strtab"),
		.sh_type = SHT_STRTAB, .sh_addralign = 1, .sh_size = str.size };
	shdrs[symtab + 2].sh_name = strtab_add(&shstr, ".shstrtab");
	shdrs[symtab + 2].sh_type = SHT_STRTAB;
	shdrs[symtab + 2].sh_addralign = 1;
	shdrs[symtab + 2].sh_size = shstr.size;
	off = sizeof(Elf64_Ehdr);
	for (unsigned i = 1; i < nsec; i++) {
		if (shdrs[i].sh_type == SHT_NOBITS) {
			shdrs[i].sh_offset = off;
			continue;
		}
		off = align8(off);
		shdrs[i].sh_offset = off;
		off += shdrs[i].sh_size;
	}
	size = align8(off) + nsec * sizeof(Elf64_Shdr);
	image = calloc(1, size);
	if (!image) {
		ret = -ENOMEM;
		goto out;
	}
	eh = (Elf64_Ehdr *)image;
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_type = ET_EXEC;
	eh->e_machine = EM_X86_64;
	eh->e_version = EV_CURRENT;
	eh->e_shoff = align8(off);
	eh->e_ehsize = sizeof(Elf64_Ehdr);
	eh->e_shentsize = sizeof(Elf64_Shdr);
	eh->e_shnum = (uint16_t)nsec;
	eh->e_shstrndx = (uint16_t)(symtab + 2);
	memcpy(image + shdrs[symtab].sh_offset, syms, shdrs[symtab].sh_size);
	memcpy(image + shdrs[symtab + 1].sh_offset, str.data, str.size);
	memcpy(image + shdrs[symtab + 2].sh_offset, shstr.data, shstr.size);
	memcpy(image + eh->e_shoff, shdrs, nsec * sizeof(Elf64_Shdr));
	if (shstr.failed) {
		ret = -ENOMEM;
		goto out;
	}
	ret = elf_parse_copy(path, image, size, &check);
	if (!ret) {
		elf_free(&check);
		ret = elf_write_file(path, image, size, 0644);
	}
	*nfuncs = nsyms - 1;
out:
	free(image);
	free(shdrs);
	free(syms);
	free(shstr.data);
	free(str.data);
	return ret;
}

int symfile_write(pid_t pid, const char *path, size_t *nfuncs)
{
	struct applied_patch *ap = NULL;
	struct patient *p;
	size_t n = 0;
	int ret;

	*nfuncs = 0;
	ret = patient_open(pid, &p);
	if (ret)
		return ret;
	ret = record_scan(p, &ap, &n);
	patient_close(p);
	if (ret)
		return ret;
	if (n > 1000) {
		pr_warn("pid %d: %zu patches: too many for one symbol file\n", (int)pid, n);
		ret = -E2BIG;
	} else {
		ret = write_image(path, ap, n, nfuncs);
	}
	record_free(ap, n);
	return ret;
}
