/*
 * Which ELF objects a patient has mapped, and what the doctor needs from
 * each: BuildID (to match patches), load bias (to place SHN_ABS symbols),
 * dynamic symbols with versions (to resolve imports).  The file is opened
 * through /proc/PID/root so that a patient in another mount namespace is
 * read correctly, and compared by inode with what is mapped; a file replaced
 * on disk since (a package upgrade) is read through /proc/PID/map_files.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/objects.h"

#define PAGE_MASK_4K	(~(uint64_t)4095)

static int in_image(const struct object *obj, uint64_t off, uint64_t size)
{
	return off <= obj->image_size && size <= obj->image_size - off;
}

static const Elf64_Shdr *section(const struct object *obj, unsigned i)
{
	return i < obj->shnum ? &obj->shdrs[i] : NULL;
}

static int section_ok(const struct object *obj, const Elf64_Shdr *s, size_t entsize)
{
	if (s->sh_type == SHT_NOBITS || !in_image(obj, s->sh_offset, s->sh_size))
		return 0;
	return !entsize || (s->sh_size % entsize == 0 && s->sh_offset % 8 == 0);
}

static void read_build_id(struct object *obj, const uint8_t *p, uint64_t size)
{
	static const char hex[] = "0123456789abcdef";
	uint64_t off = 0;

	while (off + sizeof(Elf64_Nhdr) <= size) {
		const Elf64_Nhdr *n = (const Elf64_Nhdr *)(p + off);
		uint64_t name_sz = (n->n_namesz + 3ULL) & ~3ULL;
		uint64_t desc_sz = (n->n_descsz + 3ULL) & ~3ULL;
		const uint8_t *name = p + off + sizeof(*n);
		const uint8_t *desc = name + name_sz;

		if (name_sz > size - off - sizeof(*n) ||
		    desc_sz > size - off - sizeof(*n) - name_sz)
			return;
		if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && !memcmp(name, "GNU", 4) &&
		    n->n_descsz * 2 < sizeof(obj->build_id)) {
			for (uint32_t i = 0; i < n->n_descsz; i++) {
				obj->build_id[2 * i] = hex[desc[i] >> 4];
				obj->build_id[2 * i + 1] = hex[desc[i] & 15];
			}
			obj->build_id[2 * n->n_descsz] = '\0';
			return;
		}
		off += sizeof(*n) + name_sz + desc_sz;
	}
}

/* Program headers: BuildID note, TLS segment, first PT_LOAD. */
static int read_segments(struct object *obj, const Elf64_Phdr **first_load)
{
	const Elf64_Ehdr *e = (const Elf64_Ehdr *)obj->image;
	const Elf64_Phdr *ph;

	*first_load = NULL;
	if (e->e_phentsize != sizeof(Elf64_Phdr) || e->e_phoff % 8 ||
	    !in_image(obj, e->e_phoff, (uint64_t)e->e_phnum * sizeof(Elf64_Phdr)))
		return -ENOEXEC;
	ph = (const Elf64_Phdr *)(obj->image + e->e_phoff);
	for (unsigned i = 0; i < e->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && !*first_load)
			*first_load = &ph[i];
		if (ph[i].p_type == PT_NOTE && !obj->build_id[0] &&
		    in_image(obj, ph[i].p_offset, ph[i].p_filesz) && ph[i].p_offset % 4 == 0)
			read_build_id(obj, obj->image + ph[i].p_offset, ph[i].p_filesz);
		if (ph[i].p_type == PT_TLS) {
			uint64_t align = ph[i].p_align ? ph[i].p_align : 1;

			obj->tls_size = (ph[i].p_memsz + align - 1) / align * align;
		}
	}
	return *first_load ? 0 : -ENOEXEC;
}

/* vd_ndx -> version name, from .gnu.version_d. */
static void read_versions(struct object *obj, const Elf64_Shdr *verdef)
{
	uint64_t off = 0;
	unsigned count;

	if (verdef->sh_link != obj->shdrs[obj->dynsym_shndx].sh_link)
		return;
	for (count = 0; count < verdef->sh_info; count++) {
		const Elf64_Verdef *vd;
		const Elf64_Verdaux *aux;

		if (off + sizeof(*vd) > verdef->sh_size || off % 4)
			return;
		vd = (const Elf64_Verdef *)(obj->image + verdef->sh_offset + off);
		if (vd->vd_aux < sizeof(*vd) || vd->vd_aux + sizeof(*aux) > verdef->sh_size - off)
			return;
		aux = (const Elf64_Verdaux *)((const uint8_t *)vd + vd->vd_aux);
		if (aux->vda_name < obj->dynstr_size && vd->vd_ndx < 0x8000) {
			if (vd->vd_ndx >= obj->nversions) {
				const char **names = realloc(obj->version_names,
							     (vd->vd_ndx + 1) * sizeof(*names));

				if (!names)
					return;
				memset(names + obj->nversions, 0,
				       (vd->vd_ndx + 1 - obj->nversions) * sizeof(*names));
				obj->version_names = names;
				obj->nversions = vd->vd_ndx + 1;
			}
			obj->version_names[vd->vd_ndx] = obj->dynstr + aux->vda_name;
		}
		if (!vd->vd_next)
			return;
		off += vd->vd_next;
	}
}

/* Section headers: .dynsym with its strings and versions, .symtab. */
static void read_sections(struct object *obj)
{
	const Elf64_Ehdr *e = (const Elf64_Ehdr *)obj->image;
	const Elf64_Shdr *verdef = NULL;

	if (e->e_shentsize != sizeof(Elf64_Shdr) || e->e_shoff % 8 ||
	    !in_image(obj, e->e_shoff, (uint64_t)e->e_shnum * sizeof(Elf64_Shdr)))
		return;
	obj->shdrs = (const Elf64_Shdr *)(obj->image + e->e_shoff);
	obj->shnum = e->e_shnum;
	for (unsigned i = 0; i < obj->shnum; i++) {
		const Elf64_Shdr *s = &obj->shdrs[i], *strs = section(obj, s->sh_link);

		if ((s->sh_type == SHT_DYNSYM || s->sh_type == SHT_SYMTAB) &&
		    section_ok(obj, s, sizeof(Elf64_Sym)) && strs && section_ok(obj, strs, 0) &&
		    strs->sh_size && obj->image[strs->sh_offset + strs->sh_size - 1] == '\0') {
			const Elf64_Sym *syms = (const Elf64_Sym *)(obj->image + s->sh_offset);
			size_t n = s->sh_size / sizeof(Elf64_Sym);

			/* every name index is checked here so lookups need not */
			for (size_t k = 0; k < n; k++)
				if (syms[k].st_name >= strs->sh_size)
					n = 0;
			if (s->sh_type == SHT_DYNSYM && n) {
				obj->dynsym = syms;
				obj->ndynsym = n;
				obj->dynstr = (const char *)obj->image + strs->sh_offset;
				obj->dynstr_size = strs->sh_size;
				obj->dynsym_shndx = i;
			} else if (n) {
				obj->symtab = syms;
				obj->nsymtab = n;
			}
		}
		if (s->sh_type == SHT_GNU_verdef && section_ok(obj, s, 0))
			verdef = s;
	}
	if (!obj->dynsym)
		return;
	for (unsigned i = 0; i < obj->shnum; i++) {
		const Elf64_Shdr *s = &obj->shdrs[i];

		if (s->sh_type == SHT_GNU_versym && s->sh_link == obj->dynsym_shndx &&
		    section_ok(obj, s, 0) && s->sh_offset % 2 == 0 &&
		    s->sh_size == obj->ndynsym * sizeof(uint16_t))
			obj->versym = (const uint16_t *)(obj->image + s->sh_offset);
	}
	if (verdef && obj->versym)
		read_versions(obj, verdef);
}

/* Maps FD and reads what the doctor needs; -ENOEXEC if it is not ELF. */
static int load_image(struct object *obj, int fd)
{
	const Elf64_Ehdr *e;
	struct stat st;
	void *image;

	if (fstat(fd, &st))
		return -errno;
	if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size < sizeof(Elf64_Ehdr))
		return -ENOEXEC;
	image = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (image == MAP_FAILED)
		return -errno;
	obj->image = image;
	obj->image_size = st.st_size;
	e = image;
	if (memcmp(e->e_ident, ELFMAG, SELFMAG) || e->e_ident[EI_CLASS] != ELFCLASS64 ||
	    e->e_ident[EI_DATA] != ELFDATA2LSB || e->e_machine != EM_X86_64 ||
	    (e->e_type != ET_EXEC && e->e_type != ET_DYN))
		return -ENOEXEC;
	obj->type = e->e_type;
	obj->is_program = e->e_type == ET_EXEC;
	read_sections(obj);
	return 0;
}

int object_load_file(const char *path, struct object *obj)
{
	const Elf64_Phdr *load;
	int fd, ret;

	memset(obj, 0, sizeof(*obj));
	obj->path = strdup(path);
	if (!obj->path)
		return -ENOMEM;
	obj->name = strrchr(obj->path, '/') ? strrchr(obj->path, '/') + 1 : obj->path;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	ret = load_image(obj, fd);
	close(fd);
	if (!ret)
		ret = read_segments(obj, &load);
	return ret;
}

void object_free(struct object *obj)
{
	if (obj->image)
		munmap((void *)obj->image, obj->image_size);
	free(obj->version_names);
	free(obj->path);
	memset(obj, 0, sizeof(*obj));
}

/* The file behind VMA, as the patient sees it. */
static int open_mapped_file(pid_t pid, const struct vma *vma)
{
	char path[4200];
	struct stat st;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/root%s", (int)pid, vma->path);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0 && !fstat(fd, &st) && st.st_ino == vma->inode && st.st_dev == vma->dev)
		return fd;
	if (fd >= 0)
		close(fd);
	snprintf(path, sizeof(path), "/proc/%d/map_files/%llx-%llx", (int)pid,
		 (unsigned long long)vma->start, (unsigned long long)vma->end);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	return fd >= 0 ? fd : -errno;
}

/* Load bias from the mapping of the first PT_LOAD segment. */
static int find_load_bias(struct object *obj, const struct object_set *set,
			  const Elf64_Phdr *load, const struct vma *first)
{
	for (size_t i = 0; i < set->nvmas; i++) {
		const struct vma *v = &set->vmas[i];

		if (v->inode != first->inode || v->dev != first->dev ||
		    v->offset != (load->p_offset & PAGE_MASK_4K))
			continue;
		obj->load_bias = v->start - (load->p_vaddr & PAGE_MASK_4K);
		return 0;
	}
	return -ENOEXEC;
}

static int add_object(struct object_set *set, const struct vma *vma)
{
	struct object *obj, *objs;
	const Elf64_Phdr *load;
	int fd, ret;

	objs = realloc(set->objs, (set->n + 1) * sizeof(*objs));
	if (!objs)
		return -ENOMEM;
	set->objs = objs;
	obj = &objs[set->n];
	memset(obj, 0, sizeof(*obj));
	obj->path = strdup(vma->path);
	if (!obj->path)
		return -ENOMEM;
	obj->name = strrchr(obj->path, '/') ? strrchr(obj->path, '/') + 1 : obj->path;
	obj->start = vma->start;
	obj->end = vma->end;
	fd = open_mapped_file(set->pid, vma);
	if (fd < 0) {
		pr_debug("pid %d: cannot open %s: %s\n", (int)set->pid, vma->path, strerror(-fd));
		object_free(obj);
		return fd == -ENOENT ? 0 : fd;
	}
	ret = load_image(obj, fd);
	close(fd);
	if (!ret)
		ret = read_segments(obj, &load);
	if (!ret)
		ret = find_load_bias(obj, set, load, vma);
	if (ret == -ENOEXEC) {
		object_free(obj);
		return 0;
	}
	if (ret) {
		pr_warn("pid %d: cannot read %s: %s\n", (int)set->pid, vma->path, strerror(-ret));
		object_free(obj);
		return ret;
	}
	set->n++;
	return 0;
}

static struct object *object_of(struct object_set *set, const struct vma *vma)
{
	for (size_t i = 0; i < set->n; i++)
		if (!strcmp(set->objs[i].path, vma->path))
			return &set->objs[i];
	return NULL;
}

int objects_load(pid_t pid, struct object_set *set)
{
	struct stat exe = { 0 };
	char path[64];
	int ret;

	memset(set, 0, sizeof(*set));
	set->pid = pid;
	ret = patient_read_maps(pid, &set->vmas, &set->nvmas);
	if (ret)
		return ret;
	/* the main program, even a PIE one, is what /proc/PID/exe names */
	snprintf(path, sizeof(path), "/proc/%d/exe", (int)pid);
	if (stat(path, &exe))
		exe.st_ino = 0;
	for (size_t i = 0; i < set->nvmas; i++) {
		const struct vma *v = &set->vmas[i];
		struct object *obj;

		if (!v->inode || v->path[0] != '/')
			continue;
		obj = object_of(set, v);
		if (obj) {
			obj->start = v->start < obj->start ? v->start : obj->start;
			obj->end = v->end > obj->end ? v->end : obj->end;
			continue;
		}
		if (v->offset != 0)
			continue;
		ret = add_object(set, v);
		if (!ret && set->n && set->objs[set->n - 1].start == v->start)
			set->objs[set->n - 1].is_program |= v->inode == exe.st_ino && v->dev == exe.st_dev;
		if (ret) {
			objects_free(set);
			return ret;
		}
	}
	return 0;
}

void objects_free(struct object_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		object_free(&set->objs[i]);
	free(set->objs);
	free(set->vmas);
	memset(set, 0, sizeof(*set));
}

struct object *objects_find_build_id(struct object_set *set, const char *build_id)
{
	for (size_t i = 0; i < set->n; i++)
		if (set->objs[i].build_id[0] && !strcmp(set->objs[i].build_id, build_id))
			return &set->objs[i];
	return NULL;
}

static uint64_t first_within(const Elf64_Sym *syms, size_t n, uint64_t from, uint64_t to)
{
	uint64_t best = 0;

	for (size_t i = 0; i < n; i++) {
		uint64_t v = syms[i].st_value;

		if (syms[i].st_shndx == SHN_UNDEF || syms[i].st_shndx == SHN_ABS ||
		    ELF64_ST_TYPE(syms[i].st_info) == STT_SECTION ||
		    ELF64_ST_TYPE(syms[i].st_info) == STT_FILE || ELF64_ST_TYPE(syms[i].st_info) == STT_TLS)
			continue;
		if (v > from && v < to && (!best || v < best))
			best = v;
	}
	return best;
}

uint64_t object_symbol_within(const struct object *obj, uint64_t addr, uint64_t len)
{
	uint64_t from = addr - obj->load_bias, to = from + len, a, b;

	a = first_within(obj->symtab, obj->nsymtab, from, to);
	b = first_within(obj->dynsym, obj->ndynsym, from, to);
	if (!a || (b && b < a))
		a = b;
	return a ? a + obj->load_bias : 0;
}
