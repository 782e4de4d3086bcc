/*
 * The watcher's cheap look at a process that just called exec, without
 * attaching to it: which files it maps (from /proc/PID/maps), their
 * BuildIDs (read once per file and kept by device and inode), and whether
 * the dynamic loader is done with it (its program's RELRO pages have turned
 * read-only, which glibc and musl do only after relocating every object).
 */
#ifndef LIBCARE_DOCTOR_EXEC_FILTER_H
#define LIBCARE_DOCTOR_EXEC_FILTER_H

#include <stdint.h>
#include <sys/types.h>

#include "common/kpatch_file.h"

struct file_key {
	dev_t dev;
	ino_t ino;
};

/* What one ELF file tells about itself, read once. */
struct file_info {
	struct file_key key;
	int64_t mtime_ns;		/* a file replaced in place is read again */
	int is_elf;
	char build_id[KPATCH_BUILD_ID_MAX];	/* "" when it has none */
	int dynamic;			/* has PT_INTERP: the loader runs first */
	uint64_t load_vaddr, load_offset;	/* first PT_LOAD, page-aligned */
	uint64_t relro_start, relro_end;	/* page-aligned, link-time; equal: none */
	/* for a program, what its first start mapped once the loader was done */
	struct file_key *mapped;
	size_t nmapped;
	int learned;
};

struct file_cache {
	struct file_info **files;
	size_t n;
};

/* The file info of PATH (stat'ed), read on first sight; NULL when it
 * cannot be read (gone, not a regular file).  What it returns stays valid
 * until file_cache_free(), even once the file is replaced. */
struct file_info *file_cache_get(struct file_cache *c, const char *path);
/* The same for a mapped file known by KEY, reached through /proc/PID/map_files. */
struct file_info *file_cache_get_mapped(struct file_cache *c, pid_t pid, const struct file_key *key,
					uint64_t start, uint64_t end);
void file_cache_free(struct file_cache *c);

/* One file-backed mapping of a process, as the filter needs it. */
struct light_vma {
	uint64_t start, end, offset;
	int writable;
	struct file_key key;
};

/* /proc/PID/maps, file-backed mappings only.  0 or -errno (-ENOENT, -ESRCH: gone). */
int read_light_maps(pid_t pid, struct light_vma **out, size_t *n);

/*
 * Is the dynamic loader done with the process running PROG, whose
 * mappings are VMAS?  1 yes, 0 not yet, -ENOENT when PROG is not mapped
 * (another program now).  A static program is done at once; a dynamic one
 * whose RELRO is too small to be made read-only never says so (0).
 */
int loader_done(const struct file_info *prog, const struct light_vma *vmas, size_t n);

/* Keeps the files of VMAS as what PROG maps once loaded. */
int remember_mapped(struct file_info *prog, const struct light_vma *vmas, size_t n);

#endif
