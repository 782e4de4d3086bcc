/*
 * The watcher's filter: a process is looked at through /proc only, and a
 * file's ELF headers are read once, so that the thousands of short
 * programs a busy machine starts cost a stat and a lookup each.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/exec_filter.h"

#define PAGE_SIZE_4K	4096ULL
#define PAGE_DOWN(x)	((x) & ~(PAGE_SIZE_4K - 1))

static int same_key(const struct file_key *a, const struct file_key *b)
{
	return a->dev == b->dev && a->ino == b->ino;
}

static struct file_info *find(struct file_cache *c, const struct file_key *key)
{
	for (size_t i = 0; i < c->n; i++)
		if (same_key(&c->files[i]->key, key))
			return c->files[i];
	return NULL;
}

/* The GNU BuildID in the notes of segment PH, as lower-case hex. */
static void read_build_id(Elf *elf, const GElf_Phdr *ph, struct file_info *fi)
{
	static const char hex[] = "0123456789abcdef";
	Elf_Data *notes = elf_getdata_rawchunk(elf, ph->p_offset, ph->p_filesz,
					       ph->p_align == 8 ? ELF_T_NHDR8 : ELF_T_NHDR);
	size_t off = 0, next, name_off, desc_off;
	GElf_Nhdr n;

	while (notes && (next = gelf_getnote(notes, off, &n, &name_off, &desc_off)) > 0) {
		const uint8_t *name = (const uint8_t *)notes->d_buf + name_off;
		const uint8_t *desc = (const uint8_t *)notes->d_buf + desc_off;

		if (n.n_type == NT_GNU_BUILD_ID && n.n_namesz == 4 && !memcmp(name, "GNU", 4) &&
		    n.n_descsz && n.n_descsz * 2 < sizeof(fi->build_id)) {
			for (uint32_t i = 0; i < n.n_descsz; i++) {
				fi->build_id[2 * i] = hex[desc[i] >> 4];
				fi->build_id[2 * i + 1] = hex[desc[i] & 15];
			}
			fi->build_id[2 * n.n_descsz] = '\0';
			return;
		}
		off = next;
	}
}

/* Program headers only: no section is read, a file that is no ELF is no error. */
static void read_headers(int fd, struct file_info *fi)
{
	Elf *elf;
	size_t phnum;
	int have_load = 0;

	elf_version(EV_CURRENT);
	elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!elf || elf_kind(elf) != ELF_K_ELF || elf_getphdrnum(elf, &phnum)) {
		elf_end(elf);
		return;
	}
	fi->is_elf = 1;
	for (size_t i = 0; i < phnum; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(elf, i, &ph))
			break;
		if (ph.p_type == PT_LOAD && !have_load) {
			fi->load_vaddr = PAGE_DOWN(ph.p_vaddr);
			fi->load_offset = PAGE_DOWN(ph.p_offset);
			have_load = 1;
		} else if (ph.p_type == PT_INTERP) {
			fi->dynamic = 1;
		} else if (ph.p_type == PT_GNU_RELRO) {
			/* the loader protects whole pages only, rounding both ends down */
			fi->relro_start = PAGE_DOWN(ph.p_vaddr);
			fi->relro_end = PAGE_DOWN(ph.p_vaddr + ph.p_memsz);
		} else if (ph.p_type == PT_NOTE && !fi->build_id[0]) {
			read_build_id(elf, &ph, fi);
		}
	}
	elf_end(elf);
}

static struct file_info *add(struct file_cache *c, int fd, const struct stat *st)
{
	struct file_info **grown, *fi = calloc(1, sizeof(*fi));

	if (!fi)
		return NULL;
	fi->key.dev = st->st_dev;
	fi->key.ino = st->st_ino;
	fi->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	read_headers(fd, fi);
	grown = realloc(c->files, (c->n + 1) * sizeof(*grown));
	if (!grown) {
		free(fi);
		return NULL;
	}
	c->files = grown;
	c->files[c->n++] = fi;
	return fi;
}

/* A file replaced in place: no longer found, but kept, as a newcomer
 * still running the old contents may point at it. */
static void retire(struct file_info *fi)
{
	fi->key.dev = 0;
	fi->key.ino = 0;
}

struct file_info *file_cache_get(struct file_cache *c, const char *path)
{
	struct file_info *fi;
	struct stat st;
	int fd;

	if (stat(path, &st) || !S_ISREG(st.st_mode))
		return NULL;
	fi = find(c, &(struct file_key){ st.st_dev, st.st_ino });
	if (fi && fi->mtime_ns == (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec)
		return fi;
	if (fi)
		retire(fi);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	/* what was opened is what counts: the path may have changed meanwhile */
	fi = fstat(fd, &st) ? NULL : add(c, fd, &st);
	close(fd);
	return fi;
}

struct file_info *file_cache_get_mapped(struct file_cache *c, pid_t pid, const struct file_key *key,
					uint64_t start, uint64_t end)
{
	struct file_info *fi = find(c, key);
	char path[96];

	if (fi)
		return fi;
	snprintf(path, sizeof(path), "/proc/%d/map_files/%" PRIx64 "-%" PRIx64, (int)pid, start, end);
	return file_cache_get(c, path);
}

void file_cache_free(struct file_cache *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->files[i]->mapped);
		free(c->files[i]);
	}
	free(c->files);
	memset(c, 0, sizeof(*c));
}

/* One maps line into V; 0 for an anonymous or special mapping. */
static int parse_line(const char *line, struct light_vma *v)
{
	unsigned long long start, end, offset, ino;
	unsigned maj, min;
	char perms[5];

	if (sscanf(line, "%llx-%llx %4s %llx %x:%x %llu", &start, &end, perms, &offset, &maj, &min,
		   &ino) != 7 || !ino)
		return 0;
	v->start = start;
	v->end = end;
	v->offset = offset;
	v->writable = perms[1] == 'w';
	v->key.dev = makedev(maj, min);
	v->key.ino = (ino_t)ino;
	return 1;
}

int read_light_maps(pid_t pid, struct light_vma **out, size_t *n)
{
	struct light_vma *list = NULL, *grown, v;
	size_t count = 0, cap = 0;
	char name[64], line[512];
	FILE *f;

	snprintf(name, sizeof(name), "/proc/%d/maps", (int)pid);
	f = fopen(name, "re");
	if (!f)
		return -errno;
	while (fgets(line, sizeof(line), f)) {
		/* the rest of a long path: not a line of its own */
		if (!strchr(line, '\n') && !feof(f)) {
			int ch;

			while ((ch = fgetc(f)) != EOF && ch != '\n')
				;
		}
		if (!parse_line(line, &v))
			continue;
		if (count == cap) {
			cap = cap ? 2 * cap : 32;
			grown = realloc(list, cap * sizeof(*list));
			if (!grown) {
				free(list);
				fclose(f);
				return -ENOMEM;
			}
			list = grown;
		}
		list[count++] = v;
	}
	fclose(f);
	/* a process that is gone has empty maps */
	if (!count) {
		free(list);
		return -ESRCH;
	}
	*out = list;
	*n = count;
	return 0;
}

int loader_done(const struct file_info *prog, const struct light_vma *vmas, size_t n)
{
	uint64_t bias = 0, page;
	int mapped = 0;

	for (size_t i = 0; i < n && !mapped; i++) {
		if (same_key(&vmas[i].key, &prog->key) && vmas[i].offset == prog->load_offset) {
			bias = vmas[i].start - prog->load_vaddr;
			mapped = 1;
		}
	}
	if (!mapped)
		return -ENOENT;
	if (!prog->dynamic)
		return 1;
	if (prog->relro_start == prog->relro_end)
		return 0;
	page = prog->relro_start + bias;
	for (size_t i = 0; i < n; i++)
		if (vmas[i].start <= page && page < vmas[i].end)
			return !vmas[i].writable;
	return 0;
}

int remember_mapped(struct file_info *prog, const struct light_vma *vmas, size_t n)
{
	struct file_key *keys = calloc(n ? n : 1, sizeof(*keys));
	size_t k = 0;

	if (!keys)
		return -ENOMEM;
	for (size_t i = 0; i < n; i++) {
		size_t j = 0;

		while (j < k && !same_key(&keys[j], &vmas[i].key))
			j++;
		if (j == k)
			keys[k++] = vmas[i].key;
	}
	free(prog->mapped);
	prog->mapped = keys;
	prog->nmapped = k;
	prog->learned = 1;
	return 0;
}
