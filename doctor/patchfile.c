/*
 * Reading a patch file.  The file is untrusted input: everything the later
 * stages index (sections, symbols, strings, relocations) is checked here so
 * that they can follow it without further bounds checks.  Any problem gives
 * one message naming the file and the first thing wrong, and -ERR_BAD_PATCH.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/errors.h"
#include "doctor/patchfile.h"

#define MAX_PATCH_FILE_SIZE	(1ULL << 30)

static int bad(const char *name, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int bad(const char *name, const char *fmt, ...)
{
	char why[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	pr_warn("%s: bad patch file: %s\n", name, why);
	return -ERR_BAD_PATCH;
}

/* a + b <= limit without overflow */
static int fits(uint64_t a, uint64_t b, uint64_t limit)
{
	return a <= limit && b <= limit - a;
}

static int string_in(const char *s, size_t size)
{
	return memchr(s, '\0', size) != NULL;
}

static int check_header(const char *name, const struct kpatch_file_header *h, size_t size)
{
	size_t i;

	if (memcmp(h->magic, KPATCH_FILE_MAGIC, sizeof(h->magic)))
		return bad(name, "no %s magic at the start", KPATCH_FILE_MAGIC);
	if (h->version != KPATCH_FILE_VERSION)
		return bad(name, "format version %u, expected %u", h->version, KPATCH_FILE_VERSION);
	if (h->header_size != sizeof(*h))
		return bad(name, "header size %u, expected %zu", h->header_size, sizeof(*h));
	if (!string_in(h->build_id, sizeof(h->build_id)) || !h->build_id[0])
		return bad(name, "BuildID field is empty or not terminated");
	for (i = 0; h->build_id[i]; i++)
		if (!strchr("0123456789abcdef", h->build_id[i]))
			return bad(name, "BuildID is not lower-case hex");
	if (!string_in(h->patch_id, sizeof(h->patch_id)))
		return bad(name, "patch id field is not terminated");
	for (i = 0; h->patch_id[i]; i++)
		if (h->patch_id[i] < 0x21 || h->patch_id[i] > 0x7e)
			return bad(name, "patch id holds unprintable characters");
	if (!string_in(h->object_name, sizeof(h->object_name)))
		return bad(name, "object name field is not terminated");
	if (h->elf_offset != h->header_size)
		return bad(name, "ELF image at offset %llu, expected %u",
			   (unsigned long long)h->elf_offset, h->header_size);
	if (h->elf_size != size - h->elf_offset)
		return bad(name, "header says %llu bytes of ELF image, the file holds %zu",
			   (unsigned long long)h->elf_size, size - (size_t)h->elf_offset);
	return 0;
}

static int check_ehdr(const char *name, const struct patch_file *pf)
{
	const Elf64_Ehdr *e = pf->ehdr;

	if (pf->elf_size < sizeof(*e) || memcmp(e->e_ident, ELFMAG, SELFMAG))
		return bad(name, "no ELF image after the header");
	if (e->e_ident[EI_CLASS] != ELFCLASS64 || e->e_ident[EI_DATA] != ELFDATA2LSB ||
	    e->e_machine != EM_X86_64)
		return bad(name, "ELF image is not little-endian x86-64");
	if (e->e_type != ET_REL)
		return bad(name, "ELF image is of type %u, not ET_REL", e->e_type);
	if (e->e_shentsize != sizeof(Elf64_Shdr) || e->e_shnum == 0 || e->e_shoff % 8)
		return bad(name, "ELF section header table is malformed");
	if (!fits(e->e_shoff, (uint64_t)e->e_shnum * sizeof(Elf64_Shdr), pf->elf_size))
		return bad(name, "ELF section headers lie past the end of the file");
	if (e->e_shstrndx == SHN_UNDEF || e->e_shstrndx >= e->e_shnum)
		return bad(name, "ELF section name table index %u out of range", e->e_shstrndx);
	return 0;
}

static int check_sections(const char *name, struct patch_file *pf)
{
	const Elf64_Shdr *strs = &pf->shdrs[pf->ehdr->e_shstrndx];
	unsigned i;

	for (i = 0; i < pf->shnum; i++) {
		const Elf64_Shdr *s = &pf->shdrs[i];

		if (s->sh_type != SHT_NOBITS && s->sh_type != SHT_NULL &&
		    !fits(s->sh_offset, s->sh_size, pf->elf_size))
			return bad(name, "section %u lies past the end of the file", i);
		if (s->sh_addralign & (s->sh_addralign - 1))
			return bad(name, "section %u has alignment %llu, not a power of two", i,
				   (unsigned long long)s->sh_addralign);
	}
	if (strs->sh_type != SHT_STRTAB || strs->sh_size == 0 ||
	    pf->elf[strs->sh_offset + strs->sh_size - 1] != '\0')
		return bad(name, "section name table is malformed");
	pf->shstrtab = (const char *)pf->elf + strs->sh_offset;
	pf->shstrtab_size = strs->sh_size;
	for (i = 0; i < pf->shnum; i++)
		if (pf->shdrs[i].sh_name >= pf->shstrtab_size)
			return bad(name, "section %u has its name out of range", i);
	return 0;
}

static int check_symtab(const char *name, struct patch_file *pf)
{
	const Elf64_Shdr *symtab = NULL, *strtab;
	unsigned i;
	size_t k;

	for (i = 0; i < pf->shnum; i++) {
		if (pf->shdrs[i].sh_type != SHT_SYMTAB)
			continue;
		if (symtab)
			return bad(name, "more than one symbol table");
		symtab = &pf->shdrs[i];
	}
	if (!symtab)
		return bad(name, "no symbol table");
	if (symtab->sh_entsize != sizeof(Elf64_Sym) || symtab->sh_size % sizeof(Elf64_Sym) ||
	    symtab->sh_offset % 8)
		return bad(name, "symbol table is malformed");
	if (symtab->sh_link == 0 || symtab->sh_link >= pf->shnum)
		return bad(name, "symbol table names string table %u, out of range", symtab->sh_link);
	strtab = &pf->shdrs[symtab->sh_link];
	if (strtab->sh_type != SHT_STRTAB || strtab->sh_size == 0 ||
	    pf->elf[strtab->sh_offset + strtab->sh_size - 1] != '\0')
		return bad(name, "symbol string table is malformed");
	pf->syms = (const Elf64_Sym *)(pf->elf + symtab->sh_offset);
	pf->nsyms = symtab->sh_size / sizeof(Elf64_Sym);
	pf->strtab = (const char *)pf->elf + strtab->sh_offset;
	pf->strtab_size = strtab->sh_size;
	for (k = 0; k < pf->nsyms; k++) {
		const Elf64_Sym *s = &pf->syms[k];

		if (s->st_name >= pf->strtab_size)
			return bad(name, "symbol %zu has its name out of range", k);
		if (s->st_shndx == SHN_COMMON)
			return bad(name, "symbol '%s' is a common symbol", pf->strtab + s->st_name);
		if (s->st_shndx != SHN_ABS && s->st_shndx != SHN_UNDEF &&
		    (s->st_shndx >= SHN_LORESERVE || s->st_shndx >= pf->shnum))
			return bad(name, "symbol '%s' is in section %u, out of range",
				   pf->strtab + s->st_name, s->st_shndx);
	}
	return 0;
}

static int check_relocations(const char *name, struct patch_file *pf)
{
	unsigned i;
	size_t k;

	for (i = 0; i < pf->shnum; i++) {
		const Elf64_Shdr *s = &pf->shdrs[i];
		const Elf64_Rela *r;

		if (s->sh_type == SHT_REL)
			return bad(name, "section %s holds REL relocations; x86-64 uses RELA",
				   patch_section_name(pf, i));
		if (s->sh_type != SHT_RELA)
			continue;
		if (s->sh_entsize != sizeof(Elf64_Rela) || s->sh_size % sizeof(Elf64_Rela) ||
		    s->sh_offset % 8)
			return bad(name, "relocation section %s is malformed", patch_section_name(pf, i));
		if (s->sh_link >= pf->shnum || pf->shdrs[s->sh_link].sh_type != SHT_SYMTAB)
			return bad(name, "relocation section %s does not use the symbol table",
				   patch_section_name(pf, i));
		if (s->sh_info == 0 || s->sh_info >= pf->shnum)
			return bad(name, "relocation section %s applies to section %u, out of range",
				   patch_section_name(pf, i), s->sh_info);
		r = (const Elf64_Rela *)(pf->elf + s->sh_offset);
		for (k = 0; k < s->sh_size / sizeof(*r); k++)
			if (ELF64_R_SYM(r[k].r_info) >= pf->nsyms)
				return bad(name, "relocation %zu in %s names symbol %llu, out of range",
					   k, patch_section_name(pf, i),
					   (unsigned long long)ELF64_R_SYM(r[k].r_info));
	}
	return 0;
}

static int check_kpatch_sections(const char *name, struct patch_file *pf)
{
	unsigned i;

	for (i = 0; i < pf->shnum; i++) {
		const Elf64_Shdr *s = &pf->shdrs[i];

		if (!patch_section_is_kpatch(pf, i))
			continue;
		if (s->sh_addralign > 4096)
			return bad(name, "section %s asks for %llu-byte alignment",
				   patch_section_name(pf, i), (unsigned long long)s->sh_addralign);
		if (s->sh_size > MAX_PATCH_FILE_SIZE)
			return bad(name, "section %s is too large", patch_section_name(pf, i));
		if (!strcmp(patch_section_name(pf, i), ".kpatch.info"))
			pf->info_shndx = i;
	}
	if (!pf->info_shndx)
		return bad(name, "no .kpatch.info section");
	if (pf->shdrs[pf->info_shndx].sh_type != SHT_PROGBITS ||
	    pf->shdrs[pf->info_shndx].sh_size == 0 ||
	    pf->shdrs[pf->info_shndx].sh_size % sizeof(struct kpatch_info_entry))
		return bad(name, ".kpatch.info is not a whole number of entries");
	return 0;
}

int patch_file_parse(const char *name, const void *data, size_t size, struct patch_file **out)
{
	struct patch_file *pf;
	int ret;

	*out = NULL;
	if (size < sizeof(struct kpatch_file_header))
		return bad(name, "%zu bytes, shorter than the %zu-byte header", size,
			   sizeof(struct kpatch_file_header));
	pf = calloc(1, sizeof(*pf));
	if (!pf)
		return -ENOMEM;
	memcpy(&pf->hdr, data, sizeof(pf->hdr));
	ret = check_header(name, &pf->hdr, size);
	if (ret)
		goto fail;
	pf->elf_size = pf->hdr.elf_size;
	pf->elf = malloc(pf->elf_size ? pf->elf_size : 1);
	pf->path = strdup(name);
	if (!pf->elf || !pf->path) {
		ret = -ENOMEM;
		goto fail;
	}
	memcpy(pf->elf, (const uint8_t *)data + pf->hdr.elf_offset, pf->elf_size);
	pf->ehdr = (const Elf64_Ehdr *)pf->elf;
	ret = check_ehdr(name, pf);
	if (ret)
		goto fail;
	pf->shdrs = (const Elf64_Shdr *)(pf->elf + pf->ehdr->e_shoff);
	pf->shnum = pf->ehdr->e_shnum;
	ret = check_sections(name, pf);
	if (!ret)
		ret = check_symtab(name, pf);
	if (!ret)
		ret = check_relocations(name, pf);
	if (!ret)
		ret = check_kpatch_sections(name, pf);
	if (ret)
		goto fail;
	*out = pf;
	return 0;
fail:
	patch_file_free(pf);
	return ret;
}

int patch_file_load(const char *path, struct patch_file **out)
{
	struct stat st;
	void *data;
	ssize_t n;
	size_t got = 0;
	int fd, ret;

	*out = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st)) {
		ret = -errno;
		pr_warn("%s: cannot read patch file: %s\n", path, strerror(-ret));
		if (fd >= 0)
			close(fd);
		return -ERR_BAD_PATCH;
	}
	if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size > MAX_PATCH_FILE_SIZE) {
		close(fd);
		return bad(path, "not a regular file of reasonable size");
	}
	data = malloc(st.st_size ? st.st_size : 1);
	if (!data) {
		close(fd);
		return -ENOMEM;
	}
	while (got < (size_t)st.st_size) {
		n = read(fd, (char *)data + got, st.st_size - got);
		if (n <= 0) {
			ret = n ? -errno : -EIO;
			pr_warn("%s: cannot read patch file: %s\n", path, strerror(-ret));
			free(data);
			close(fd);
			return -ERR_BAD_PATCH;
		}
		got += n;
	}
	close(fd);
	ret = patch_file_parse(path, data, got, out);
	free(data);
	return ret;
}

void patch_file_free(struct patch_file *pf)
{
	if (!pf)
		return;
	free(pf->elf);
	free(pf->path);
	free(pf);
}

const char *patch_section_name(const struct patch_file *pf, unsigned i)
{
	return pf->shstrtab + pf->shdrs[i].sh_name;
}

const char *patch_symbol_name(const struct patch_file *pf, size_t i)
{
	return pf->strtab + pf->syms[i].st_name;
}

int patch_section_is_kpatch(const struct patch_file *pf, unsigned i)
{
	return (pf->shdrs[i].sh_flags & SHF_ALLOC) &&
	       !strncmp(patch_section_name(pf, i), ".kpatch", 7);
}

const char *patch_id(const struct patch_file *pf)
{
	return pf->hdr.patch_id[0] ? pf->hdr.patch_id : "(no id)";
}
