/*
 * The watcher's filter on this very process: its program's BuildID read
 * from the file, its maps, and "the loader is done" told by the RELRO
 * pages (this test runs main(), so it is done), then on maps made up to
 * show each other answer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doctor/exec_filter.h"
#include "tests/check.h"

/* The BuildID readelf would print for the running program. */
static void readelf_build_id(char *out, size_t size)
{
	char cmd[128];
	FILE *f;

	out[0] = '\0';
	snprintf(cmd, sizeof(cmd), "readelf -n /proc/%d/exe | awk '/Build ID/ { print $3 }'",
		 (int)getpid());
	f = popen(cmd, "r");
	if (!f)
		return;
	if (fgets(out, (int)size, f))
		out[strcspn(out, "\n")] = '\0';
	pclose(f);
}

static void test_self(struct file_cache *cache)
{
	char expect[KPATCH_BUILD_ID_MAX];
	struct file_info *prog = file_cache_get(cache, "/proc/self/exe");
	struct light_vma *vmas;
	size_t n;

	CHECK(prog != NULL);
	if (!prog)
		return;
	readelf_build_id(expect, sizeof(expect));
	CHECK(prog->is_elf);
	CHECKF(expect[0] && !strcmp(prog->build_id, expect), "'%s' vs readelf's '%s'",
	       prog->build_id, expect);
	CHECKF(prog->relro_start < prog->relro_end, "a test program has RELRO");
	/* read once: the same entry again */
	CHECK(file_cache_get(cache, "/proc/self/exe") == prog);
	CHECK(file_cache_find(cache, &prog->key) == prog);

	CHECK(read_light_maps(getpid(), &vmas, &n) == 0);
	CHECK(n > 0);
	CHECKF(loader_done(prog, vmas, n) == 1, "this process runs main()");
	for (size_t i = 0; i < n; i++) {
		struct file_info *fi = file_cache_get_mapped(cache, getpid(), &vmas[i].key,
							     vmas[i].start, vmas[i].end);

		CHECKF(fi && fi->is_elf, "mapping %zu is an ELF file", i);
	}
	CHECK(remember_mapped(prog, vmas, n) == 0);
	CHECK(prog->learned && prog->nmapped > 1 && prog->nmapped < n + 1);

	/* the loader still at work: RELRO writable */
	for (size_t i = 0; i < n; i++)
		vmas[i].writable = 1;
	CHECK(loader_done(prog, vmas, n) == 0);
	/* another program in the process now */
	for (size_t i = 0; i < n; i++)
		vmas[i].key.ino ^= 1;
	CHECK(loader_done(prog, vmas, n) == -ENOENT);
	free(vmas);
}

static void test_not_elf(struct file_cache *cache)
{
	char path[] = "/tmp/libcare-exec-filter-XXXXXX";
	int fd = mkstemp(path);
	struct file_info *fi;

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK(write(fd, "#!/bin/sh\n", 10) == 10);
	close(fd);
	fi = file_cache_get(cache, path);
	CHECK(fi && !fi->is_elf && !fi->build_id[0]);
	unlink(path);
	CHECK(file_cache_get(cache, "/nonexistent/file") == NULL);
	CHECK(read_light_maps(0x3fffffff, &(struct light_vma *){ NULL }, &(size_t){ 0 }) < 0);
}

int main(void)
{
	struct file_cache cache = { 0 };

	test_self(&cache);
	test_not_elf(&cache);
	file_cache_free(&cache);
	CHECK_DONE();
}
