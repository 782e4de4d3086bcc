/*
 * /proc/PID/maps, and the one place in it where the doctor may put a few
 * instructions of its own: the bytes of an executable mapping's last page
 * that lie past the end of its ELF segment, which no code can reach.
 *
 * That room is cut into slots, and a slot is used only while it holds
 * what the file holds there.  A doctor killed in the middle of a remote
 * call leaves its stub behind, and a thread may still be on its way
 * through it (blocked in the stub's system call, or in a signal handler
 * that returns into it); a later doctor writing its own stub over that one
 * and dying in turn would send the thread into the wrong bytes.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient_maps.h"

static int parse_line(const char *line, struct vma *v)
{
	char perms[5], *path;
	unsigned int major, minor;
	unsigned long long ino;
	int pos = 0;

	memset(v, 0, sizeof(*v));
	if (sscanf(line, "%" SCNx64 "-%" SCNx64 " %4s %" SCNx64 " %x:%x %llu %n", &v->start, &v->end,
		   perms, &v->offset, &major, &minor, &ino, &pos) < 7 || !pos)
		return -EINVAL;
	v->prot = (perms[0] == 'r' ? PROT_READ : 0) | (perms[1] == 'w' ? PROT_WRITE : 0) |
		  (perms[2] == 'x' ? PROT_EXEC : 0);
	v->shared = perms[3] == 's';
	v->dev = makedev(major, minor);
	v->inode = (ino_t)ino;
	path = (char *)line + pos;
	path[strcspn(path, "\n")] = '\0';
	snprintf(v->path, sizeof(v->path), "%s", path);
	return 0;
}

int patient_read_maps(pid_t pid, struct vma **out, size_t *count)
{
	struct vma *list = NULL, *grown;
	size_t n = 0, cap = 0, linecap = 0;
	char name[64], *line = NULL;
	FILE *f;
	int ret = 0;

	*out = NULL;
	*count = 0;
	snprintf(name, sizeof(name), "/proc/%d/maps", (int)pid);
	f = fopen(name, "re");
	if (!f) {
		ret = errno == ENOENT ? -ESRCH : -errno;
		pr_debug("pid %d: cannot open %s: %s\n", (int)pid, name, strerror(-ret));
		return ret;
	}
	while (getline(&line, &linecap, f) > 0) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			grown = realloc(list, cap * sizeof(*list));
			if (!grown) {
				ret = -ENOMEM;
				break;
			}
			list = grown;
		}
		if (parse_line(line, &list[n])) {
			pr_debug("pid %d: skipping odd maps line: %s", (int)pid, line);
			continue;
		}
		n++;
	}
	if (!ret && ferror(f))
		ret = -EIO;
	free(line);
	fclose(f);
	/* an exited process reads as an empty file */
	if (!ret && !n)
		ret = -ESRCH;
	if (ret) {
		free(list);
		return ret;
	}
	*out = list;
	*count = n;
	return 0;
}

/* End (in file offsets) of the executable PT_LOAD covering file offset OFF. */
static int exec_segment_end(int fd, uint64_t off, uint64_t *seg_end)
{
	Elf64_Ehdr eh;
	Elf64_Phdr ph;

	if (pread(fd, &eh, sizeof(eh), 0) != sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_phentsize != sizeof(ph))
		return -ENOEXEC;
	for (unsigned i = 0; i < eh.e_phnum; i++) {
		uint64_t size;

		if (pread(fd, &ph, sizeof(ph), eh.e_phoff + (uint64_t)i * sizeof(ph)) != sizeof(ph))
			return -ENOEXEC;
		if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_X))
			continue;
		size = ph.p_memsz > ph.p_filesz ? ph.p_memsz : ph.p_filesz;
		if (ph.p_offset + size > off && ph.p_offset <= off + 1) {
			*seg_end = ph.p_offset + size;
			return 0;
		}
	}
	return -ENOENT;
}

/* The file of mapping V (for its ELF headers and its bytes); -errno. */
static int open_mapped_file(pid_t pid, const struct vma *v)
{
	char name[128];
	int fd;

	snprintf(name, sizeof(name), "/proc/%d/map_files/%" PRIx64 "-%" PRIx64, (int)pid, v->start,
		 v->end);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		fd = open(v->path, O_RDONLY | O_CLOEXEC);
	return fd < 0 ? -errno : fd;
}

/* 1 when the patient's LEN bytes at AT are the file's (zeros past its end),
 * which are then in FILE. */
static int slot_pristine(struct patient *p, int fd, const struct vma *v, uint64_t at, size_t len,
			 uint8_t file[256])
{
	uint8_t mem[256];
	ssize_t r;

	if (len > sizeof(mem) || patient_mem_read(p, at, mem, len))
		return 0;
	memset(file, 0, 256);
	r = pread(fd, file, len, (off_t)(v->offset + (at - v->start)));
	if (r < 0)
		return 0;
	return !memcmp(mem, file, len);
}

/*
 * A LEN-byte slot in the padding of V that does not hold AVOID: a pristine
 * one in *addr (return 1), else the first one in *fallback (return 0, and
 * only when *fallback is still 0); -errno when V has no room.
 */
static int slot_of(struct patient *p, const struct vma *v, size_t len, uint64_t avoid,
		   uint64_t *addr, uint64_t *fallback)
{
	uint64_t seg_end, at;
	int fd, ret;

	fd = open_mapped_file(p->pid, v);
	if (fd < 0)
		return fd;
	ret = exec_segment_end(fd, v->offset, &seg_end);
	if (!ret && (seg_end < v->offset || seg_end - v->offset >= v->end - v->start))
		ret = -ENOSPC;
	at = (v->start + (seg_end - v->offset) + 15) & ~(uint64_t)15;
	if (!ret && at + len > v->end)
		ret = -ENOSPC;
	for (; !ret && at + len <= v->end; at += (len + 15) & ~(size_t)15) {
		if (avoid >= at && avoid < at + len)
			continue;
		if (slot_pristine(p, fd, v, at, len, p->slot_file)) {
			*addr = at;
			ret = 1;
		} else if (!*fallback) {
			*fallback = at;
		}
	}
	close(fd);
	return ret;
}

/* The slot found last, if it still holds the file's bytes and not AVOID. */
static int last_slot(struct patient *p, size_t len, uint64_t avoid)
{
	uint8_t mem[256];

	return p->slot && p->slot_len == len && !(avoid >= p->slot && avoid < p->slot + len) &&
	       !patient_mem_read(p, p->slot, mem, len) && !memcmp(mem, p->slot_file, len);
}

int patient_find_code_slot(struct patient *p, size_t len, uint64_t avoid, uint64_t *addr)
{
	uint64_t fallback = 0;
	struct vma *vmas;
	size_t n;
	int ret;

	/* calls in a row: the slot is checked again, the maps not read again */
	if (last_slot(p, len, avoid)) {
		*addr = p->slot;
		return 0;
	}
	p->slot = 0;
	ret = patient_read_maps(p->pid, &vmas, &n);
	if (ret)
		return ret;
	ret = 0;
	for (size_t i = 0; i < n && ret != 1; i++) {
		const struct vma *v = &vmas[i];

		if (v->prot != (PROT_READ | PROT_EXEC) || v->shared || !v->inode || v->path[0] != '/')
			continue;
		ret = slot_of(p, v, len, avoid, addr, &fallback);
		if (ret < 0)
			pr_debug("pid %d: no room for %zu bytes after the code of %s: %s\n",
				 (int)p->pid, len, v->path, strerror(-ret));
		else if (ret)
			pr_debug("pid %d: injected code goes to 0x%" PRIx64 " in %s\n", (int)p->pid,
				 *addr, v->path);
	}
	free(vmas);
	if (ret == 1) {
		p->slot = *addr;
		p->slot_len = len;
		return 0;
	}
	if (!fallback)
		return -ENOSPC;
	/* every slot holds a dead doctor's stub: reuse one no thread is known in */
	pr_debug("pid %d: no pristine slot; injected code goes to 0x%" PRIx64 "\n", (int)p->pid,
		 fallback);
	*addr = fallback;
	return 0;
}
