/*
 * Whole-file ELF handling over libelf.  libelf reads and checks the tables
 * (section header table, extended numbering, string and symbol lookups,
 * section bytes within the file); what it leaves to the caller (one symbol
 * table, links between sections, indices in range) is checked here, once,
 * so that the raw views in struct elf_file can be followed without bounds
 * checks.  Laying out and writing are in elf_write.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/elf/elf_file.h"
#include "common/log.h"

#define MAX_ELF_FILE_SIZE	(1ULL << 32)

/* a + b <= limit without overflow */
static int fits(uint64_t a, uint64_t b, uint64_t limit)
{
	return a <= limit && b <= limit - a;
}

static int bad(const struct elf_file *ef, const char *why)
{
	if (ef->quiet)
		pr_debug("%s: malformed ELF file: %s\n", ef->path, why);
	else
		pr_warn("%s: malformed ELF file: %s\n", ef->path, why);
	return -EINVAL;
}

static int bad_section(const struct elf_file *ef, unsigned i, const char *why)
{
	char msg[128];

	snprintf(msg, sizeof(msg), "section %u: %s", i, why);
	return bad(ef, msg);
}

static int terminated(const unsigned char *data, const Elf64_Shdr *s)
{
	return s->sh_size && data[s->sh_offset + s->sh_size - 1] == '\0';
}

static int parse_headers(struct elf_file *ef)
{
	size_t shnum, shstrndx;
	GElf_Ehdr e;

	if (elf_kind(ef->elf) != ELF_K_ELF)
		return bad(ef, "not an ELF file");
	if (gelf_getclass(ef->elf) != ELFCLASS64 || !gelf_getehdr(ef->elf, &e) ||
	    e.e_ident[EI_DATA] != ELFDATA2LSB || e.e_machine != EM_X86_64)
		return bad(ef, "not a little-endian x86-64 ELF file");
	if (elf_getshdrnum(ef->elf, &shnum))
		return bad(ef, "section header table is truncated or misplaced");
	if (e.e_phnum && (e.e_phentsize != sizeof(Elf64_Phdr) ||
			  !fits(e.e_phoff, (uint64_t)e.e_phnum * sizeof(Elf64_Phdr), ef->size)))
		return bad(ef, "program header table is truncated or misplaced");
	ef->ehdr = (Elf64_Ehdr *)ef->data;
	/* a mapped object may do without (sstrip): its program headers suffice */
	if ((e.e_shoff == 0 || shnum == 0) && ef->mapped)
		return 0;
	if (e.e_shoff == 0 || shnum == 0)
		return bad(ef, "no section headers");
	/* the linker edits the table in place: it must be whole and aligned */
	if (e.e_shentsize != sizeof(Elf64_Shdr) || e.e_shoff % 8 ||
	    !fits(e.e_shoff, (uint64_t)shnum * sizeof(Elf64_Shdr), ef->size))
		return bad(ef, "section header table is truncated or misplaced");
	if (elf_getshdrstrndx(ef->elf, &shstrndx) || shstrndx == SHN_UNDEF || shstrndx >= shnum)
		return bad(ef, "section name table index out of range");
	ef->shdrs = (Elf64_Shdr *)(ef->data + e.e_shoff);
	ef->shnum = shnum;
	ef->shstrndx = shstrndx;
	return 0;
}

static int parse_sections(struct elf_file *ef)
{
	const Elf64_Shdr *names = &ef->shdrs[ef->shstrndx];
	unsigned i;

	if (names->sh_type != SHT_STRTAB || !fits(names->sh_offset, names->sh_size, ef->size) ||
	    !terminated(ef->data, names))
		return bad(ef, "section name table is not a string table");
	/* section 0 holds only the counts of extended numbering; loops skip it */
	if (ef->shdrs[0].sh_type != SHT_NULL)
		return bad_section(ef, 0, "is not SHT_NULL");
	for (i = 0; i < ef->shnum; i++) {
		Elf_Scn *scn = elf_getscn(ef->elf, i);
		const Elf64_Shdr *s = &ef->shdrs[i];

		/*
		 * elf_rawdata() refuses bytes past the end of the file, but not
		 * the offset of an empty section, which callers still add to data
		 */
		if (!scn || (i && s->sh_type != SHT_NOBITS &&
			     (!elf_rawdata(scn, NULL) || !fits(s->sh_offset, s->sh_size, ef->size))))
			return bad_section(ef, i, "lies past the end of the file or is malformed");
		if (s->sh_addralign & (s->sh_addralign - 1))
			return bad_section(ef, i, "alignment is not a power of two");
		if (!elf_strptr(ef->elf, ef->shstrndx, s->sh_name))
			return bad_section(ef, i, "name is out of range");
	}
	ef->shstrtab = (const char *)ef->data + names->sh_offset;
	ef->shstrtab_size = names->sh_size;
	return 0;
}

/* The SHT_SYMTAB_SHNDX section of the symbol table, if any, in place. */
static int parse_xindex(struct elf_file *ef, Elf_Data **xdata)
{
	unsigned i;

	*xdata = NULL;
	for (i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		if (s->sh_type != SHT_SYMTAB_SHNDX || s->sh_link != ef->symtab_ndx)
			continue;
		if (*xdata)
			return bad(ef, "more than one extended section index table");
		if (s->sh_size != ef->nsyms * sizeof(Elf32_Word) || s->sh_offset % 4)
			return bad_section(ef, i, "extended section index table is malformed");
		*xdata = elf_getdata(elf_getscn(ef->elf, i), NULL);
		if (!*xdata)
			return bad_section(ef, i, "extended section index table is malformed");
		ef->xindex = (const Elf32_Word *)(ef->data + s->sh_offset);
	}
	return 0;
}

static int parse_symtab(struct elf_file *ef)
{
	const Elf64_Shdr *sym, *str;
	Elf_Data *data, *xdata;
	unsigned i;
	size_t k;
	int ret;

	for (i = 1; i < ef->shnum; i++) {
		if (ef->shdrs[i].sh_type != SHT_SYMTAB)
			continue;
		if (ef->symtab_ndx)
			return bad(ef, "more than one symbol table");
		ef->symtab_ndx = i;
	}
	if (!ef->symtab_ndx)
		return 0;
	sym = &ef->shdrs[ef->symtab_ndx];
	if (sym->sh_entsize != sizeof(Elf64_Sym) || sym->sh_size % sizeof(Elf64_Sym) ||
	    sym->sh_offset % 8)
		return bad(ef, "symbol table is malformed");
	if (sym->sh_link == 0 || sym->sh_link >= ef->shnum)
		return bad(ef, "symbol table has no string table");
	str = &ef->shdrs[sym->sh_link];
	if (str->sh_type != SHT_STRTAB || !terminated(ef->data, str))
		return bad(ef, "symbol string table is malformed");
	data = elf_getdata(elf_getscn(ef->elf, ef->symtab_ndx), NULL);
	if (!data)
		return bad(ef, "symbol table is malformed");
	ef->syms = (Elf64_Sym *)(ef->data + sym->sh_offset);
	ef->nsyms = sym->sh_size / sizeof(Elf64_Sym);
	ef->strtab = (const char *)ef->data + str->sh_offset;
	ef->strtab_size = str->sh_size;
	ret = parse_xindex(ef, &xdata);
	if (ret)
		return ret;
	for (k = 0; k < ef->nsyms; k++) {
		GElf_Sym s;
		Elf32_Word xndx = 0;

		if (!gelf_getsymshndx(data, xdata, k, &s, &xndx))
			return bad(ef, "symbol table is malformed");
		if (!elf_strptr(ef->elf, sym->sh_link, s.st_name))
			return bad(ef, "a symbol name is out of range");
		if (s.st_shndx == SHN_XINDEX && (!xdata || xndx == 0 || xndx >= ef->shnum))
			return bad(ef, "a symbol's extended section index is out of range");
		if (s.st_shndx < SHN_LORESERVE && s.st_shndx >= ef->shnum)
			return bad(ef, "a symbol's section index is out of range");
	}
	return 0;
}

static int parse_relocations(struct elf_file *ef)
{
	unsigned i;
	size_t k;

	for (i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];
		Elf_Data *data;

		/* GNU strip leaves empty ones behind for sections it removed */
		if (s->sh_type != SHT_RELA || (s->sh_flags & SHF_ALLOC) || s->sh_size == 0)
			continue;
		if (s->sh_entsize != sizeof(Elf64_Rela) || s->sh_size % sizeof(Elf64_Rela) ||
		    s->sh_offset % 8)
			return bad(ef, "a relocation section is malformed");
		if (!ef->symtab_ndx || s->sh_link != ef->symtab_ndx)
			return bad(ef, "a relocation section does not use the symbol table");
		if (s->sh_info == 0 || s->sh_info >= ef->shnum)
			return bad(ef, "a relocation section applies to no section");
		data = elf_getdata(elf_getscn(ef->elf, i), NULL);
		if (!data)
			return bad(ef, "a relocation section is malformed");
		for (k = 0; k < s->sh_size / sizeof(Elf64_Rela); k++) {
			GElf_Rela r;

			if (!gelf_getrela(data, k, &r) || GELF_R_SYM(r.r_info) >= ef->nsyms)
				return bad(ef, "a relocation names a symbol out of range");
		}
	}
	return 0;
}

/* Takes DATA over (freed, or unmapped when MAPPED) and checks it. */
static int parse_owned(const char *path, unsigned char *data, size_t size, int mapped, int quiet,
		       struct elf_file *ef)
{
	int ret;

	memset(ef, 0, sizeof(*ef));
	ef->data = data;
	ef->size = size;
	ef->mapped = mapped;
	ef->quiet = quiet;
	ef->path = strdup(path);
	if (!ef->path) {
		elf_free(ef);
		return -ENOMEM;
	}
	if (elf_version(EV_CURRENT) == EV_NONE) {
		pr_warn("%s: libelf: %s\n", path, elf_errmsg(-1));
		elf_free(ef);
		return -ENOSYS;
	}
	ef->elf = elf_memory((char *)data, size);
	if (!ef->elf) {
		ret = bad(ef, elf_errmsg(-1));
		elf_free(ef);
		return ret;
	}
	ret = parse_headers(ef);
	if (!ret && ef->shnum)
		ret = parse_sections(ef);
	if (!ret)
		ret = parse_symtab(ef);
	if (!ret)
		ret = parse_relocations(ef);
	if (ret)
		elf_free(ef);
	return ret;
}

int elf_parse(const char *path, unsigned char *data, size_t size, struct elf_file *ef)
{
	return parse_owned(path, data, size, 0, 0, ef);
}

int elf_map(const char *path, int fd, int quiet, struct elf_file *ef)
{
	struct stat st;
	void *data;
	int ret;

	memset(ef, 0, sizeof(*ef));
	if (fstat(fd, &st))
		return -errno;
	if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size < sizeof(Elf64_Ehdr) ||
	    (uint64_t)st.st_size > SIZE_MAX)
		return -ENOEXEC;
	data = mmap(NULL, st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (data == MAP_FAILED)
		return -errno;
	ret = parse_owned(path, data, st.st_size, 1, quiet, ef);
	return ret == -EINVAL ? -ENOEXEC : ret;
}

int elf_parse_copy(const char *path, const void *data, size_t size, struct elf_file *ef)
{
	/* calloc'ed, so 16-byte aligned, and never empty */
	unsigned char *copy = calloc(1, size + 8);

	memset(ef, 0, sizeof(*ef));
	if (!copy)
		return -ENOMEM;
	memcpy(copy, data, size);
	return elf_parse(path, copy, size, ef);
}

int elf_load(const char *path, struct elf_file *ef)
{
	unsigned char *data;
	struct stat st;
	size_t got = 0;
	ssize_t n;
	int fd, ret;

	memset(ef, 0, sizeof(*ef));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st)) {
		ret = -errno;
		pr_warn("%s: %s\n", path, strerror(-ret));
		if (fd >= 0)
			close(fd);
		return ret;
	}
	if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size > MAX_ELF_FILE_SIZE) {
		close(fd);
		pr_warn("%s: not a regular file of reasonable size\n", path);
		return -EINVAL;
	}
	/* 8-aligned and never empty, so section tables can be used in place */
	data = calloc(1, st.st_size + 8);
	if (!data) {
		close(fd);
		return -ENOMEM;
	}
	while (got < (size_t)st.st_size) {
		n = read(fd, data + got, st.st_size - got);
		if (n <= 0) {
			ret = n ? -errno : -EIO;
			pr_warn("%s: %s\n", path, strerror(-ret));
			free(data);
			close(fd);
			return ret;
		}
		got += n;
	}
	close(fd);
	return elf_parse(path, data, got, ef);
}

int elf_load_pair(const char *orig_path, struct elf_file *orig, const char *patched_path,
		  struct elf_file *patched)
{
	int ret = elf_load(orig_path, orig);

	if (ret)
		return ret;
	ret = elf_load(patched_path, patched);
	if (ret)
		elf_free(orig);
	return ret;
}

void elf_free(struct elf_file *ef)
{
	if (ef->elf)
		elf_end(ef->elf);
	if (ef->mapped)
		munmap(ef->data, ef->size);
	else
		free(ef->data);
	free(ef->path);
	memset(ef, 0, sizeof(*ef));
}

const char *elf_section_name(const struct elf_file *ef, unsigned i)
{
	return ef->shstrtab + ef->shdrs[i].sh_name;
}

const char *elf_symbol_name(const struct elf_file *ef, size_t k)
{
	return ef->strtab + ef->syms[k].st_name;
}

unsigned elf_symbol_shndx(const struct elf_file *ef, size_t k)
{
	if (ef->syms[k].st_shndx == SHN_XINDEX && ef->xindex)
		return ef->xindex[k];
	return ef->syms[k].st_shndx;
}

int elf_find_section(const struct elf_file *ef, const char *name)
{
	unsigned i;
	int found = 0;

	for (i = 1; i < ef->shnum; i++) {
		if (strcmp(elf_section_name(ef, i), name))
			continue;
		if (found)
			return -EEXIST;
		found = i;
	}
	return found;
}

int elf_is_kpatch_section(const struct elf_file *ef, unsigned i)
{
	return i > 0 && i < ef->shnum && !strncmp(elf_section_name(ef, i), ".kpatch", 7);
}
