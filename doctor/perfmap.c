/*
 * /tmp/perf-PID.map entries for patch code.  The map is append-only by
 * perf's convention and read when a report is made, so entries stay after
 * an unpatch: samples taken while the patch was on still point at them.
 * The file lives in a directory everybody writes, so it is opened without
 * following links and written only when it is a plain file of root, of
 * the doctor or of the patient's owner.  A map older than the process is
 * left over from an earlier process with the same pid: it starts again.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/perfmap.h"

#define KPATCH_SUFFIX	".kpatch"

static int enabled = 1;

void perfmap_set_enabled(int on)
{
	enabled = on;
}

/* The directory of the maps: perf reads them from /tmp only. */
static const char *map_dir(void)
{
	const char *dir = getenv("LIBCARE_PERF_MAP_DIR");

	return dir && *dir ? dir : "/tmp";
}

/* PID's start as seconds since the epoch, and its owner; -errno. */
static int process_identity(pid_t pid, time_t *start, uid_t *uid)
{
	char path[64], buf[1024], *p;
	unsigned long long ticks, btime = 0;
	struct stat st;
	FILE *f;
	size_t len;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return -errno;
	len = fread(buf, 1, sizeof(buf) - 1, f);
	if (fstat(fileno(f), &st)) {
		fclose(f);
		return -errno;
	}
	fclose(f);
	buf[len] = '\0';
	/* the command may hold anything: fields start after its last ')' */
	p = strrchr(buf, ')');
	for (int field = 2; field < 22 && p; field++)
		p = strchr(p + 1, ' ');
	if (!p || sscanf(p, " %llu", &ticks) != 1)
		return -EINVAL;
	f = fopen("/proc/stat", "re");
	if (!f)
		return -errno;
	while (fgets(buf, sizeof(buf), f) && sscanf(buf, "btime %llu", &btime) != 1)
		;
	fclose(f);
	*start = (time_t)(btime + ticks / (unsigned long long)sysconf(_SC_CLK_TCK));
	*uid = st.st_uid;
	return 0;
}

/* The map, open for appending, or -errno after saying why not. */
static int open_map(pid_t pid, const char *path)
{
	struct stat st;
	time_t start = 0;
	uid_t owner = 0;
	int fd, ret;

	ret = process_identity(pid, &start, &owner);
	if (ret)
		return ret;
	fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK |
			O_CLOEXEC, 0644);
	if (fd < 0) {
		ret = -errno;
		pr_notice("%s: not written (%s); perf will not name the patch code\n", path,
			  ret == -ELOOP ? "it is a symbolic link" : strerror(-ret));
		return ret;
	}
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_nlink != 1 ||
	    (st.st_uid && st.st_uid != geteuid() && st.st_uid != owner) ||
	    (st.st_mode & S_IWOTH)) {
		pr_notice("%s: not written: not a plain file of root or the process's owner; "
			  "perf will not name the patch code\n", path);
		close(fd);
		return -EPERM;
	}
	if (st.st_mtime < start && ftruncate(fd, 0))
		pr_debug("%s: could not empty the map of an earlier process: %s\n", path,
			 strerror(errno));
	return fd;
}

/* "name [libcare ID]": the function's name without gensrc's suffix. */
static void print_entry(FILE *f, uint64_t start, uint64_t len, const char *name, const char *id)
{
	size_t n = strlen(name), suffix = strlen(KPATCH_SUFFIX);
	char base[256];

	if (n > suffix && !strcmp(name + n - suffix, KPATCH_SUFFIX))
		n -= suffix;
	snprintf(base, sizeof(base), "%.*s", (int)n, name);
	fprintf(f, "%llx %llx %s [libcare%s%s]\n", (unsigned long long)start,
		(unsigned long long)len, printable(base), id[0] ? " " : "", printable(id));
}

/* Is a function of the patch's symbol table already at ADDR? */
static int has_symbol_at(const struct patch_image *img, uint64_t addr)
{
	const struct patch_file *pf = img->pf;

	for (size_t k = 1; k < pf->nsymbols; k++) {
		const struct patch_symbol *s = &pf->symbols[k];

		if (s->type == STT_FUNC && s->section != SHN_UNDEF && s->section < pf->nsections &&
		    img->sec_off[s->section] != UINT64_MAX &&
		    img->base + img->sec_off[s->section] + s->value == addr)
			return 1;
	}
	return 0;
}

/* Every function the region holds: the patch's function symbols, then the
 * redirected functions whose symbol the patch file no longer carries. */
static char *entries(const struct patch_image *img, size_t *len)
{
	const struct patch_file *pf = img->pf;
	const char *id = pf->hdr.patch_id;
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	if (!f)
		return NULL;
	for (size_t k = 1; k < pf->nsymbols; k++) {
		const struct patch_symbol *s = &pf->symbols[k];

		if (s->type != STT_FUNC || s->section == SHN_UNDEF || s->section >= pf->nsections ||
		    !pf->sections[s->section].is_kpatch ||
		    !(pf->sections[s->section].flags & SHF_EXECINSTR) || !s->size)
			continue;
		print_entry(f, img->base + img->sec_off[s->section] + s->value, s->size, s->name,
			    id);
	}
	for (size_t i = 0; i < img->nfuncs; i++) {
		const struct patch_func *fn = &img->funcs[i];

		if (fn->new_size && !has_symbol_at(img, fn->new_addr))
			print_entry(f, fn->new_addr, fn->new_size, fn->name, id);
	}
	if (fclose(f)) {
		free(text);
		return NULL;
	}
	*len = size;
	return text;
}

void perfmap_add(pid_t pid, const struct patch_image *img)
{
	char path[4096];
	size_t len = 0;
	char *text;
	ssize_t n;
	int fd;

	if (!enabled)
		return;
	text = entries(img, &len);
	if (!text || !len) {
		free(text);
		return;
	}
	snprintf(path, sizeof(path), "%s/perf-%d.map", map_dir(), (int)pid);
	fd = open_map(pid, path);
	if (fd >= 0) {
		/* one write: lines of other writers never land inside ours */
		n = write(fd, text, len);
		if (n != (ssize_t)len)
			pr_notice("%s: could not append the patch's functions: %s\n", path,
				  n < 0 ? strerror(errno) : "short write");
		else
			pr_debug("%s: %s", path, text);
		close(fd);
	}
	free(text);
}
