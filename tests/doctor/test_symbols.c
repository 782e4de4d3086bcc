/*
 * Versioned symbol lookup against the real libc of this machine, and the
 * same through the object set of this very process.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tests/check.h"
#include "doctor/errors.h"
#include "doctor/symbols.h"

static int find_libc(char *path, size_t size)
{
	char line[4096];
	FILE *f = fopen("/proc/self/maps", "r");
	int found = 0;

	if (!f)
		return 0;
	while (!found && fgets(line, sizeof(line), f)) {
		char *p = strchr(line, '/');

		if (p && strstr(p, "/libc.so.6")) {
			p[strcspn(p, "\n")] = '\0';
			snprintf(path, size, "%s", p);
			found = 1;
		}
	}
	fclose(f);
	return found;
}

static void test_in_file(const char *libc)
{
	struct resolved_symbol a, b, c;
	struct object obj;

	CHECK(object_load_file(libc, &obj) == 0);
	CHECK(obj.build_id[0] != '\0');
	CHECK(obj.versym != NULL && obj.nversions > 2);

	CHECK(object_find_symbol(&obj, "printf@GLIBC_2.2.5", &a) == 0);
	CHECK(object_find_symbol(&obj, "printf@@GLIBC_2.2.5", &b) == 0);
	CHECK(object_find_symbol(&obj, "printf", &c) == 0);
	CHECK(a.addr == b.addr && b.addr == c.addr && a.type == STT_FUNC);
	CHECK(object_find_symbol(&obj, "printf@GLIBC_9.9", &a) == -ERR_NO_SYMBOL);
	CHECK(object_find_symbol(&obj, "printf@@GLIBC_9.9", &a) == -ERR_NO_SYMBOL);
	CHECK(object_find_symbol(&obj, "no_such_function_here", &a) == -ERR_NO_SYMBOL);
	CHECK(object_find_symbol(&obj, "printf@", &a) == -ERR_NO_SYMBOL);
	CHECK(object_find_symbol(&obj, "@GLIBC_2.2.5", &a) == -ERR_NO_SYMBOL);

	/* memcpy@GLIBC_2.2.5 is an old, hidden version; the default is 2.14 */
	CHECK(object_find_symbol(&obj, "memcpy@GLIBC_2.2.5", &a) == 0);
	CHECK(object_find_symbol(&obj, "memcpy@@GLIBC_2.14", &b) == 0);
	CHECK(object_find_symbol(&obj, "memcpy", &c) == 0);
	CHECK(object_find_symbol(&obj, "memcpy@@GLIBC_2.2.5", &c) == -ERR_NO_SYMBOL);
	CHECK(a.addr != b.addr);
	CHECK(object_find_symbol(&obj, "memcpy", &c) == 0 && c.addr == b.addr);
	CHECK(b.type == STT_GNU_IFUNC);
	/* data */
	CHECK(object_find_symbol(&obj, "stdout@GLIBC_2.2.5", &a) == 0 && a.type == STT_OBJECT);
	object_free(&obj);
}

static void test_in_process(void)
{
	struct object_set set;
	struct resolved_symbol r;

	CHECK(objects_load(getpid(), &set) == 0);
	CHECK(set.n >= 2);
	CHECK(symbol_resolve(&set, NULL, NULL, "printf@GLIBC_2.2.5", &r) == 0);
	CHECK(r.addr == (uint64_t)dlvsym(RTLD_DEFAULT, "printf", "GLIBC_2.2.5"));
	CHECK(r.obj && strstr(r.obj->path, "libc.so.6"));
	CHECK(symbol_resolve(&set, NULL, NULL, "printf@GLIBC_9.9", &r) == -ERR_NO_SYMBOL);
	/* an IFUNC with no patient to read a GOT slot from: the doctor's own
	 * copy of the same libc answers with the resolver's choice */
	CHECK(symbol_resolve(&set, NULL, NULL, "memcpy@@GLIBC_2.14", &r) == 0);
	CHECK(r.type == STT_FUNC);
	CHECK(r.addr == (uint64_t)dlvsym(RTLD_DEFAULT, "memcpy", "GLIBC_2.14"));
	/* the test program itself is found with its BuildID and load bias */
	for (size_t i = 0; i < set.n; i++)
		if (set.objs[i].is_program) {
			CHECK(set.objs[i].build_id[0] != '\0');
			CHECK(objects_find_build_id(&set, set.objs[i].build_id) == &set.objs[i]);
			CHECK((uint64_t)(uintptr_t)&test_in_process >= set.objs[i].start &&
			      (uint64_t)(uintptr_t)&test_in_process < set.objs[i].end);
		}
	objects_free(&set);
}

int main(void)
{
	char libc[4096];

	if (!find_libc(libc, sizeof(libc))) {
		fprintf(stderr, "no libc.so.6 in /proc/self/maps\n");
		return 1;
	}
	test_in_file(libc);
	test_in_process();
	CHECK_DONE();
}
