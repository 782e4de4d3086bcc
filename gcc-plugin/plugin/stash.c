/*
 * Where the plugin keeps a translation unit's assembly between the two
 * build stages.  The stash is keyed by the object the driver was asked to
 * produce, so the original and the patched build of one object meet:
 *
 *   gcc -c src/x.c -o out/x.o  (cwd /w)  ->  STASH/w/out/x.o.original.s
 *                                            STASH/w/out/x.o.patched.s
 *
 * cc1 never sees the object path; the driver's own command line is in
 * COLLECT_GCC_OPTIONS, and -dumpdir/-dumpbase name the TU otherwise.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stash.h"

/* Splits COLLECT_GCC_OPTIONS ('-c' '-o' 'a b.o' ...) and finds what we need. */
static void scan_driver_options(const char *opts, int *compile_only, int *asm_only,
				char *output, size_t output_size)
{
	const char *p = opts;
	char word[PATH_MAX];
	int want_output = 0;

	*compile_only = *asm_only = 0;
	output[0] = 0;
	while (p && *p) {
		size_t n = 0;

		while (*p == ' ')
			p++;
		if (*p != '\'')
			break;
		p++;
		while (*p && *p != '\'' && n + 1 < sizeof(word)) {
			/* the driver writes a quote inside a word as '\'' */
			word[n++] = *p++;
		}
		word[n] = 0;
		if (*p == '\'')
			p++;
		while (p[0] == '\\' && p[1] == '\'' && p[2] == '\'') {
			/* continuation of the same word after an escaped quote */
			p += 3;
			while (*p && *p != '\'' && n + 2 < sizeof(word))
				word[n++] = *p++;
			word[n] = 0;
			if (*p == '\'')
				p++;
		}
		if (want_output) {
			snprintf(output, output_size, "%s", word);
			want_output = 0;
		} else if (!strcmp(word, "-o")) {
			want_output = 1;
		} else if (!strcmp(word, "-c")) {
			*compile_only = 1;
		} else if (!strcmp(word, "-S")) {
			*asm_only = 1;
		}
	}
}

static void strip_extension(char *name)
{
	char *dot = strrchr(name, '.');
	char *slash = strrchr(name, '/');

	if (dot && (!slash || dot > slash) && dot != name)
		*dot = 0;
}

int stash_object_key(const struct stash_unit *unit, char *key, size_t size)
{
	char output[PATH_MAX], name[PATH_MAX], cwd[PATH_MAX];
	int compile_only, asm_only;
	const char *base;

	scan_driver_options(getenv("COLLECT_GCC_OPTIONS"), &compile_only, &asm_only,
			    output, sizeof(output));
	if (!strcmp(unit->main_input, "-") || !strcmp(unit->main_input, "<stdin>") ||
	    !strcmp(output, "/dev/null") || ((compile_only || asm_only) && !strcmp(output, "-")))
		return STASH_NO_IDENTITY;
	if ((compile_only || asm_only) && output[0] && strcmp(output, "-")) {
		snprintf(name, sizeof(name), "%s", output);
	} else if (compile_only || asm_only) {
		base = strrchr(unit->main_input, '/');
		snprintf(name, sizeof(name), "%s", base ? base + 1 : unit->main_input);
		strip_extension(name);
		strncat(name, compile_only ? ".o" : ".s", sizeof(name) - strlen(name) - 1);
	} else {
		/* compile and link in one step: the driver names each TU by
		 * -dumpdir and -dumpbase, e.g. "prog-" + "a.c" */
		const char *dir = unit->dump_dir ? unit->dump_dir : "";
		const char *tu = unit->dump_base ? unit->dump_base : unit->main_input;

		/* cc1 may get -dumpbase already prefixed with -dumpdir */
		if (!strncmp(tu, dir, strlen(dir)))
			dir = "";
		snprintf(name, sizeof(name), "%s%s", dir, tu);
		strip_extension(name);
		strncat(name, ".o", sizeof(name) - strlen(name) - 1);
	}
	if (name[0] == '/') {
		if ((size_t)snprintf(key, size, "%s", name) >= size)
			return -ENAMETOOLONG;
		return 0;
	}
	if (!getcwd(cwd, sizeof(cwd)))
		return -errno;
	if ((size_t)snprintf(key, size, "%s/%s", cwd, name) >= size)
		return -ENAMETOOLONG;
	return 0;
}

int stash_path(const char *stash_dir, const char *key, const char *stage, char *path,
	       size_t size)
{
	int n;

	if (stash_dir && stash_dir[0]) {
		n = snprintf(path, size, "%s%s.%s.s", stash_dir, key, stage);
	} else {
		/* no stash named: keep it beside the object */
		const char *slash = strrchr(key, '/');

		n = snprintf(path, size, "%.*s/.libcare/%s.%s.s", (int)(slash - key), key,
			     slash + 1, stage);
	}
	return n < 0 || (size_t)n >= size ? -ENAMETOOLONG : 0;
}

static int make_parents(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = 0;
		if (mkdir(path, 0755) && errno != EEXIST) {
			int err = -errno;

			*p = '/';
			return err;
		}
		*p = '/';
	}
	return 0;
}

int stash_write(const char *path, const char *text, size_t len)
{
	char tmp[PATH_MAX + 16], dir[PATH_MAX];
	FILE *f;
	int err;

	snprintf(dir, sizeof(dir), "%s", path);
	err = make_parents(dir);
	if (err)
		return err;
	/* write then rename, so that parallel builds never see half a file */
	snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, (int)getpid());
	f = fopen(tmp, "w");
	if (!f)
		return -errno;
	if (fwrite(text, 1, len, f) != len) {
		err = -errno;
		fclose(f);
		unlink(tmp);
		return err ? err : -EIO;
	}
	if (fclose(f) || rename(tmp, path)) {
		err = -errno;
		unlink(tmp);
		return err;
	}
	return 0;
}

int stash_read(const char *path, char **text, size_t *len)
{
	FILE *f = fopen(path, "r");
	struct stat st;
	char *buf;

	if (!f)
		return -errno;
	if (fstat(fileno(f), &st)) {
		fclose(f);
		return -errno;
	}
	buf = malloc(st.st_size + 1);
	if (!buf) {
		fclose(f);
		return -ENOMEM;
	}
	if (fread(buf, 1, st.st_size, f) != (size_t)st.st_size) {
		free(buf);
		fclose(f);
		return -EIO;
	}
	fclose(f);
	buf[st.st_size] = 0;
	*text = buf;
	*len = st.st_size;
	return 0;
}
