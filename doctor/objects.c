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
#include <gelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/objects.h"

#define PAGE_MASK_4K	(~(uint64_t)4095)

/* The GNU BuildID of one PT_NOTE segment, as lower-case hex, if it has one. */
static void read_build_id(struct object *obj, const GElf_Phdr *ph)
{
	static const char hex[] = "0123456789abcdef";
	Elf_Data *notes = elf_getdata_rawchunk(obj->elf.elf, ph->p_offset, ph->p_filesz,
					       ph->p_align == 8 ? ELF_T_NHDR8 : ELF_T_NHDR);
	size_t off = 0, next, name_off, desc_off;
	GElf_Nhdr n;

	while (notes && (next = gelf_getnote(notes, off, &n, &name_off, &desc_off)) > 0) {
		const uint8_t *name = (const uint8_t *)notes->d_buf + name_off;
		const uint8_t *desc = (const uint8_t *)notes->d_buf + desc_off;

		if (n.n_type == NT_GNU_BUILD_ID && n.n_namesz == 4 && !memcmp(name, "GNU", 4) &&
		    n.n_descsz && n.n_descsz * 2 < sizeof(obj->build_id)) {
			for (uint32_t i = 0; i < n.n_descsz; i++) {
				obj->build_id[2 * i] = hex[desc[i] >> 4];
				obj->build_id[2 * i + 1] = hex[desc[i] & 15];
			}
			obj->build_id[2 * n.n_descsz] = '\0';
			return;
		}
		off = next;
	}
}

/* Program headers: BuildID note, TLS segment, first PT_LOAD. */
static int read_segments(struct object *obj)
{
	size_t phnum;
	int have_load = 0;

	if (elf_getphdrnum(obj->elf.elf, &phnum))
		return -ENOEXEC;
	for (size_t i = 0; i < phnum; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(obj->elf.elf, i, &ph))
			return -ENOEXEC;
		if (ph.p_type == PT_LOAD && !have_load) {
			obj->first_load = ph;
			have_load = 1;
		}
		if (ph.p_type == PT_NOTE && !obj->build_id[0])
			read_build_id(obj, &ph);
		if (ph.p_type == PT_TLS) {
			uint64_t align = ph.p_align ? ph.p_align : 1;

			obj->tls_size = (ph.p_memsz + align - 1) / align * align;
		}
	}
	return have_load ? 0 : -ENOEXEC;
}

/* Adds NAME as the name of version index NDX. */
static int add_version(struct object *obj, unsigned ndx, const char *name)
{
	if (ndx >= obj->nversions) {
		const char **names = realloc(obj->version_names, (ndx + 1) * sizeof(*names));

		if (!names)
			return -ENOMEM;
		memset(names + obj->nversions, 0, (ndx + 1 - obj->nversions) * sizeof(*names));
		obj->version_names = names;
		obj->nversions = ndx + 1;
	}
	obj->version_names[ndx] = name;
	return 0;
}

/* vd_ndx -> version name, from .gnu.version_d (libelf checks every offset). */
static void read_versions(struct object *obj, Elf_Scn *scn, size_t count)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t off = 0;

	for (size_t i = 0; data && i < count; i++) {
		GElf_Verdef vd;
		GElf_Verdaux aux;
		const char *name;

		if (!gelf_getverdef(data, off, &vd) || !gelf_getverdaux(data, off + vd.vd_aux, &aux))
			return;
		name = elf_strptr(obj->elf.elf, obj->dynstr_shndx, aux.vda_name);
		if (name && vd.vd_ndx < 0x8000 && add_version(obj, vd.vd_ndx, name))
			return;
		if (!vd.vd_next)
			return;
		off += vd.vd_next;
	}
}

/* A symbol table whose every name libelf finds; NULL when any is not. */
static const Elf64_Sym *symbol_table(struct object *obj, Elf_Scn *scn, size_t *n)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	GElf_Shdr sh;

	*n = 0;
	if (!data || !gelf_getshdr(scn, &sh) || data->d_type != ELF_T_SYM)
		return NULL;
	for (size_t k = 0; k < data->d_size / sizeof(Elf64_Sym); k++) {
		GElf_Sym sym;

		if (!gelf_getsym(data, k, &sym) || !elf_strptr(obj->elf.elf, sh.sh_link, sym.st_name))
			return NULL;
	}
	*n = data->d_size / sizeof(Elf64_Sym);
	return data->d_buf;
}

/* JUMP_SLOT and GLOB_DAT relocations against .dynsym: the object's imports. */
static int read_imports(struct object *obj, Elf_Scn *scn)
{
	Elf_Data *data = elf_getdata(scn, NULL);
	size_t n = data ? data->d_size / sizeof(Elf64_Rela) : 0;
	struct object_import *grown;

	if (!n)
		return 0;
	grown = realloc(obj->imports, (obj->nimports + n) * sizeof(*grown));
	if (!grown)
		return -ENOMEM;
	obj->imports = grown;
	for (size_t j = 0; j < n; j++) {
		GElf_Rela r;
		uint64_t type, sym;

		if (!gelf_getrela(data, j, &r))
			return 0;
		type = GELF_R_TYPE(r.r_info);
		sym = GELF_R_SYM(r.r_info);
		if ((type != R_X86_64_JUMP_SLOT && type != R_X86_64_GLOB_DAT) || sym == 0 ||
		    sym >= obj->ndynsym)
			continue;
		obj->imports[obj->nimports].got = r.r_offset;
		obj->imports[obj->nimports].name = obj->dynstr + obj->dynsym[sym].st_name;
		obj->nimports++;
	}
	return 0;
}

/* Section headers: .dynsym with its strings, versions and imports; .symtab. */
static int read_sections(struct object *obj)
{
	Elf_Scn *scn = NULL, *verdef = NULL, *versym = NULL;
	size_t verdef_count = 0;
	GElf_Shdr sh;
	int ret = 0;

	/* the layer checked .symtab and its names when it opened the file */
	obj->symtab = obj->elf.syms;
	obj->nsymtab = obj->elf.nsyms;
	while ((scn = elf_nextscn(obj->elf.elf, scn)) && gelf_getshdr(scn, &sh)) {
		if (sh.sh_type == SHT_DYNSYM && !obj->dynsym) {
			obj->dynsym = symbol_table(obj, scn, &obj->ndynsym);
			obj->dynstr_shndx = sh.sh_link;
			obj->dynsym_shndx = elf_ndxscn(scn);
		}
		if (sh.sh_type == SHT_GNU_verdef) {
			verdef = scn;
			verdef_count = sh.sh_info;
		}
		if (sh.sh_type == SHT_GNU_versym)
			versym = scn;
	}
	if (!obj->dynsym)
		return 0;
	obj->dynstr = elf_strptr(obj->elf.elf, obj->dynstr_shndx, 0);
	if (!obj->dynstr) {
		obj->dynsym = NULL;
		obj->ndynsym = 0;
		return 0;
	}
	if (versym && gelf_getshdr(versym, &sh) && sh.sh_link == obj->dynsym_shndx) {
		Elf_Data *data = elf_getdata(versym, NULL);

		if (data && data->d_type == ELF_T_HALF &&
		    data->d_size == obj->ndynsym * sizeof(uint16_t))
			obj->versym = data->d_buf;
	}
	if (verdef && obj->versym && gelf_getshdr(verdef, &sh) && sh.sh_link == obj->dynstr_shndx)
		read_versions(obj, verdef, verdef_count);
	scn = NULL;
	while (!ret && (scn = elf_nextscn(obj->elf.elf, scn)) && gelf_getshdr(scn, &sh))
		if (sh.sh_type == SHT_RELA && sh.sh_link == obj->dynsym_shndx)
			ret = read_imports(obj, scn);
	return ret;
}

/* Reads FD through the ELF layer; -ENOEXEC if it is not an object to patch. */
static int load_image(struct object *obj, int fd)
{
	int ret = elf_map(obj->path, fd, 1, &obj->elf);

	if (ret)
		return ret;
	if (obj->elf.ehdr->e_type != ET_EXEC && obj->elf.ehdr->e_type != ET_DYN)
		return -ENOEXEC;
	obj->type = obj->elf.ehdr->e_type;
	obj->is_program = obj->type == ET_EXEC;
	ret = read_segments(obj);
	if (!ret)
		ret = read_sections(obj);
	return ret;
}

int object_load_file(const char *path, struct object *obj)
{
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
	return ret;
}

void object_free(struct object *obj)
{
	if (obj->shared) {
		free(obj->path);
		memset(obj, 0, sizeof(*obj));
		return;
	}
	elf_free(&obj->elf);
	free(obj->version_names);
	free(obj->imports);
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
			  const struct vma *first)
{
	const GElf_Phdr *load = &obj->first_load;

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

/* A file read while the cache is open: its object (no path, no place in
 * a process), or NOT_OBJECT for a file that is not one to patch. */
struct cached_file {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	int not_object;
	struct object obj;
};

static struct {
	int open;
	struct cached_file *files;
	size_t n;
} cache;

void objects_cache_begin(void)
{
	objects_cache_end();
	cache.open = 1;
}

void objects_cache_end(void)
{
	for (size_t i = 0; i < cache.n; i++)
		object_free(&cache.files[i].obj);
	free(cache.files);
	memset(&cache, 0, sizeof(cache));
}

static struct cached_file *cache_find(const struct stat *st)
{
	for (size_t i = 0; i < cache.n; i++) {
		struct cached_file *f = &cache.files[i];

		if (f->dev == st->st_dev && f->ino == st->st_ino && f->size == st->st_size &&
		    f->mtime.tv_sec == st->st_mtim.tv_sec && f->mtime.tv_nsec == st->st_mtim.tv_nsec)
			return f;
	}
	return NULL;
}

int objects_cache_maps_build_id(const struct vma *vmas, size_t n, const char *build_id)
{
	int found = 0;

	if (!cache.open)
		return -ENOENT;
	for (size_t i = 0; i < n; i++) {
		const struct vma *v = &vmas[i];
		struct cached_file *f = NULL;

		/* the mappings objects_load() would read the file of */
		if (!v->inode || v->path[0] != '/' || v->offset != 0)
			continue;
		for (size_t k = 0; k < cache.n && !f; k++)
			if (cache.files[k].dev == v->dev && cache.files[k].ino == v->inode)
				f = &cache.files[k];
		if (!f)
			return -ENOENT;
		found |= !f->not_object && f->obj.build_id[0] && !strcmp(f->obj.build_id, build_id);
	}
	return found;
}

/* Keeps what load_image() made of the file of ST (RET: 0 or -ENOEXEC) in
 * the cache, OBJ then sharing it.  Nothing is lost when it cannot. */
static void cache_add(const struct stat *st, struct object *obj, int ret)
{
	struct cached_file *grown = realloc(cache.files, (cache.n + 1) * sizeof(*grown));
	struct cached_file *f;

	if (!grown)
		return;
	cache.files = grown;
	f = &cache.files[cache.n++];
	memset(f, 0, sizeof(*f));
	f->dev = st->st_dev;
	f->ino = st->st_ino;
	f->size = st->st_size;
	f->mtime = st->st_mtim;
	f->not_object = ret == -ENOEXEC;
	if (f->not_object)
		return;
	f->obj = *obj;
	f->obj.path = NULL;
	f->obj.name = NULL;
	obj->shared = 1;
}

/* Loads the object of FD, from the cache when it holds the file:
 * the load_image() result. */
static int load_cached(struct object *obj, int fd)
{
	struct cached_file *f;
	struct stat st;
	char *path = obj->path;
	const char *name = obj->name;
	int ret;

	if (!cache.open || fstat(fd, &st))
		return load_image(obj, fd);
	f = cache_find(&st);
	if (f && f->not_object)
		return -ENOEXEC;
	if (f) {
		uint64_t start = obj->start, end = obj->end;

		*obj = f->obj;
		obj->path = path;
		obj->name = name;
		obj->start = start;
		obj->end = end;
		obj->is_program = obj->type == ET_EXEC;
		obj->shared = 1;
		return 0;
	}
	ret = load_image(obj, fd);
	if (!ret || ret == -ENOEXEC)
		cache_add(&st, obj, ret);
	return ret;
}

static int add_object(struct object_set *set, const struct vma *vma)
{
	struct object *obj, *objs;
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
		if (fd == -ENOENT) {
			pr_debug("pid %d: cannot open %s: %s\n", (int)set->pid, vma->path,
				 strerror(-fd));
		} else if (fd == -EPERM && strstr(obj->path, " (deleted)")) {
			/* only /proc/PID/map_files reaches it, for CAP_SYS_ADMIN */
			*strstr(obj->path, " (deleted)") = '\0';
			pr_warn("pid %d: %s was deleted, and reading it from the running "
				"process needs root\n", (int)set->pid, printable(obj->path));
		} else {
			pr_warn("pid %d: cannot open %s: %s\n", (int)set->pid,
				printable(vma->path), strerror(-fd));
		}
		object_free(obj);
		return fd == -ENOENT ? 0 : fd;
	}
	ret = load_cached(obj, fd);
	close(fd);
	if (!ret)
		ret = find_load_bias(obj, set, vma);
	if (ret == -ENOEXEC) {
		object_free(obj);
		return 0;
	}
	if (ret) {
		pr_warn("pid %d: cannot read %s: %s\n", (int)set->pid, printable(vma->path),
			strerror(-ret));
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
