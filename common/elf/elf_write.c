/*
 * Laying an ELF file out again and writing it.  Choosing the offsets stays
 * ours (elf_relayout): the layout is the tools' choice, and the linker
 * keeps editing the laid-out image in memory, where libelf cannot write;
 * elf_save() then hands that layout to libelf (ELF_F_LAYOUT), which
 * writes the file that replaces the target atomically.
 */
#include <errno.h>
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/elf/elf_file.h"
#include "common/log.h"

/* The most a laid-out file may take: past it an alignment is absurd. */
#define LAYOUT_MAX	(1ull << 30)

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

/* Alignment of a section's bytes in the file: tables are used in place. */
static uint64_t file_align(const Elf64_Shdr *s)
{
	uint64_t a = s->sh_addralign ? s->sh_addralign : 1;

	if ((s->sh_type == SHT_SYMTAB || s->sh_type == SHT_RELA) && a < 8)
		a = 8;
	if (s->sh_type == SHT_SYMTAB_SHNDX && a < 4)
		a = 4;
	return a;
}

/*
 * The section count and name table index go into the ELF header, or, when
 * they do not fit there, into section 0 (extended section numbering).
 */
static void set_numbering(Elf64_Ehdr *ehdr, Elf64_Shdr *shdr0, unsigned nsections,
			  unsigned shstrndx)
{
	ehdr->e_shnum = nsections < SHN_LORESERVE ? nsections : 0;
	shdr0->sh_size = nsections < SHN_LORESERVE ? 0 : nsections;
	ehdr->e_shstrndx = shstrndx < SHN_LORESERVE ? shstrndx : SHN_XINDEX;
	shdr0->sh_link = shstrndx < SHN_LORESERVE ? 0 : shstrndx;
}

int elf_relayout(struct elf_file *ef, const struct section_bytes *sections, unsigned nsections,
		 const Elf64_Shdr *new_shdrs, int keep_phdrs)
{
	unsigned phnum = keep_phdrs ? ef->ehdr->e_phnum : 0;
	Elf64_Shdr *shdrs;
	Elf64_Ehdr ehdr;
	unsigned char *out;
	uint64_t off, shoff;
	unsigned i;
	int ret;

	if (nsections < ef->shnum)
		return -EINVAL;
	shdrs = calloc(nsections, sizeof(*shdrs));
	if (!shdrs)
		return -ENOMEM;
	memcpy(shdrs, ef->shdrs, ef->shnum * sizeof(*shdrs));
	if (nsections > ef->shnum)
		memcpy(shdrs + ef->shnum, new_shdrs, (nsections - ef->shnum) * sizeof(*shdrs));

	off = sizeof(Elf64_Ehdr) + (uint64_t)phnum * sizeof(Elf64_Phdr);
	for (i = 1; i < nsections; i++) {
		uint64_t a = file_align(&shdrs[i]);

		if (!sections[i].data) {
			shdrs[i].sh_offset = off;
			continue;
		}
		/* a bad alignment would wrap the offset back over earlier bytes */
		if (a & (a - 1) || a > LAYOUT_MAX || sections[i].size > LAYOUT_MAX ||
		    align_up(off, a) + sections[i].size > LAYOUT_MAX) {
			pr_warn("%s: section %u (alignment 0x%llx, %zu bytes) cannot be laid out%s\n",
				ef->path, i, (unsigned long long)a, sections[i].size,
				a & (a - 1) ? ": the alignment is not a power of two" :
					      " within 1 GiB");
			free(shdrs);
			return -EINVAL;
		}
		off = align_up(off, a);
		shdrs[i].sh_offset = off;
		shdrs[i].sh_size = sections[i].size;
		off += sections[i].size;
	}
	shoff = align_up(off, 8);
	off = shoff + (uint64_t)nsections * sizeof(Elf64_Shdr);

	out = calloc(1, off + 8);
	if (!out) {
		free(shdrs);
		return -ENOMEM;
	}
	ehdr = *ef->ehdr;
	ehdr.e_phoff = phnum ? sizeof(Elf64_Ehdr) : 0;
	ehdr.e_phnum = phnum;
	if (!phnum)
		ehdr.e_phentsize = 0;
	ehdr.e_shoff = shoff;
	set_numbering(&ehdr, &shdrs[0], nsections, ef->shstrndx);
	memcpy(out, &ehdr, sizeof(ehdr));
	if (phnum)
		memcpy(out + sizeof(ehdr), ef->data + ef->ehdr->e_phoff, phnum * sizeof(Elf64_Phdr));
	for (i = 1; i < nsections; i++)
		if (sections[i].data && sections[i].size)
			memcpy(out + shdrs[i].sh_offset, sections[i].data, sections[i].size);
	memcpy(out + shoff, shdrs, nsections * sizeof(*shdrs));
	free(shdrs);

	{
		char *path = strdup(ef->path);

		if (!path) {
			free(out);
			return -ENOMEM;
		}
		elf_free(ef);
		ret = elf_parse(path, out, off, ef);
		free(path);
	}
	return ret;
}

/* A temporary file beside PATH, so that rename() over PATH is atomic. */
static int create_beside(const char *path, char **tmp)
{
	const char *base = strrchr(path, '/');
	int fd, ret;

	if (base ? asprintf(tmp, "%.*s/.%s.XXXXXX", (int)(base - path), path, base + 1) < 0
		 : asprintf(tmp, ".%s.XXXXXX", path) < 0) {
		*tmp = NULL;
		return -ENOMEM;
	}
	fd = mkstemp(*tmp);
	if (fd < 0) {
		ret = -errno;
		pr_warn("%s: cannot create a file beside it: %s\n", path, strerror(-ret));
		free(*tmp);
		*tmp = NULL;
		return ret;
	}
	return fd;
}

/* Gives the temporary file MODE, flushes it and puts it in PATH's place. */
static int replace_with(const char *path, char *tmp, int fd, int ret, int mode)
{
	if (!ret && (fchmod(fd, mode) || fsync(fd))) {
		ret = -errno;
		pr_warn("%s: write failed: %s\n", path, strerror(-ret));
	}
	if (close(fd) && !ret) {
		ret = -errno;
		pr_warn("%s: write failed: %s\n", path, strerror(-ret));
	}
	if (!ret && rename(tmp, path)) {
		ret = -errno;
		pr_warn("%s: cannot replace the file: %s\n", path, strerror(-ret));
	}
	if (ret)
		unlink(tmp);
	free(tmp);
	return ret;
}

int elf_write_file(const char *path, const void *data, size_t size, int mode)
{
	size_t done = 0;
	char *tmp;
	ssize_t n;
	int fd, ret = 0;

	fd = create_beside(path, &tmp);
	if (fd < 0)
		return fd;
	while (done < size) {
		n = write(fd, (const char *)data + done, size - done);
		if (n < 0) {
			ret = -errno;
			pr_warn("%s: write failed: %s\n", path, strerror(-ret));
			break;
		}
		done += n;
	}
	return replace_with(path, tmp, fd, ret, mode);
}

/*
 * libelf writes the headers and every section's bytes at the offsets in
 * EF (ELF_F_LAYOUT: the layout is the tools' choice, libelf must keep
 * it); bytes between sections are written as zeros, as elf_relayout()
 * leaves them.
 */
static int write_with_libelf(const struct elf_file *ef, int fd)
{
	Elf *out = elf_begin(fd, ELF_C_WRITE, NULL);
	GElf_Ehdr ehdr = *ef->ehdr;
	unsigned i;

	if (!out)
		return -EIO;
	elf_flagelf(out, ELF_C_SET, ELF_F_LAYOUT);
	if (!gelf_newehdr(out, ELFCLASS64) || !gelf_update_ehdr(out, &ehdr))
		goto fail;
	if (ehdr.e_phnum) {
		const Elf64_Phdr *ph = (const Elf64_Phdr *)(ef->data + ehdr.e_phoff);

		if (!gelf_newphdr(out, ehdr.e_phnum))
			goto fail;
		for (i = 0; i < ehdr.e_phnum; i++) {
			GElf_Phdr p = ph[i];

			if (!gelf_update_phdr(out, i, &p))
				goto fail;
		}
	}
	for (i = 0; i < ef->shnum; i++) {
		Elf_Scn *scn = i ? elf_newscn(out) : elf_getscn(out, 0);
		GElf_Shdr sh = ef->shdrs[i];
		Elf_Data *d;

		if (!scn || !gelf_update_shdr(scn, &sh))
			goto fail;
		if (!i || sh.sh_type == SHT_NOBITS || !sh.sh_size)
			continue;
		d = elf_newdata(scn);
		if (!d)
			goto fail;
		d->d_buf = ef->data + sh.sh_offset;
		d->d_size = sh.sh_size;
		d->d_type = ELF_T_BYTE;
		d->d_off = 0;
		d->d_align = 1;
	}
	if (elf_update(out, ELF_C_WRITE) < 0)
		goto fail;
	elf_end(out);
	return 0;
fail:
	elf_end(out);
	return -EIO;
}

/* Keeps the mode of the file being replaced, else that of the input. */
int elf_save(const struct elf_file *ef, const char *path)
{
	struct stat st;
	int mode = 0644;
	char *tmp;
	int fd, ret;

	if (!stat(path, &st) || !stat(ef->path, &st))
		mode = st.st_mode & 07777;
	fd = create_beside(path, &tmp);
	if (fd < 0)
		return fd;
	ret = write_with_libelf(ef, fd);
	if (ret)
		pr_warn("%s: write failed: libelf: %s\n", path, elf_errmsg(-1));
	return replace_with(path, tmp, fd, ret, mode);
}
