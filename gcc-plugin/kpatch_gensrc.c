/*
 * kpatch_gensrc: the command line over the gensrc library.
 *
 *   kpatch_gensrc [--os=rhel6] [--force-gotpcrel] [--force-global]
 *                 [--no-line-rule] [--layout-ok=TYPE,...]
 *                 -i ORIG.s -i PATCHED.s -o OUT.s
 *
 * When both files carry debug information (-g), the struct layouts their
 * changed functions use are read from it (dwarf_layout.c) and compared.
 *
 * Exit status: 0 merged, 1 the files cannot be merged (one error line says
 * why), 2 bad usage.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gcc-plugin/gensrc/gensrc.h"
#include "dwarf_layout.h"

static const char *prog = "kpatch_gensrc";

static void usage(FILE *f)
{
	fprintf(f, "usage: %s [--os=rhel6] [--force-gotpcrel] [--force-global] [--no-line-rule] "
		"-i ORIG.s -i PATCHED.s -o OUT.s\n"
		"  --force-gotpcrel  reach variables outside the patch through the GOT\n"
		"  --force-global    make the .kpatch copies of static functions global\n"
		"  --no-line-rule    patch functions that differ only in line numbers\n"
		"                    passed to calls (__LINE__ in assert() and error macros)\n"
		"  --layout-ok=TYPE,...  these structs/unions never live across the patch:\n"
		"                    do not refuse a change of their layout (also\n"
		"                    LIBCARE_LAYOUT_OK); layouts are read from -g debug info\n"
		"  --os=NAME         accepted for compatibility, ignored\n", prog);
}

static void print_message(void *arg, const char *message)
{
	(void)arg;
	fprintf(stderr, "%s: error: %s\n", prog, message);
}

static void print_note(void *arg, const char *message)
{
	(void)arg;
	fprintf(stderr, "%s: note: %s\n", prog, message);
}

/* The whole file, NUL-terminated (gensrc_merge_in_place() splits it there) */
static int read_file(const char *path, char **text, size_t *len)
{
	FILE *f = fopen(path, "r");
	size_t size = 1 << 16, n = 0;
	char *buf = NULL, *grown;
	struct stat st;

	if (!f)
		return -errno;
	/* one allocation of the right size for a regular file */
	if (!fstat(fileno(f), &st) && S_ISREG(st.st_mode) && st.st_size > 0)
		size = st.st_size + 1;
	for (;;) {
		grown = realloc(buf, size);
		if (!grown) {
			free(buf);
			fclose(f);
			return -ENOMEM;
		}
		buf = grown;
		n += fread(buf + n, 1, size - n, f);
		if (n < size)
			break;
		size *= 2;
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return -EIO;
	}
	fclose(f);
	buf[n] = '\0';
	*text = buf;
	*len = n;
	return 0;
}

/* GCC writes this when the unit has debug information (-g) */
static int has_debug_info(const char *text, size_t len)
{
	static const char marker[] = ".section\t.debug_info";

	return memmem(text, len, marker, sizeof(marker) - 1) != NULL;
}

/*
 * The layout records of both files, from their DWARF: read from the text
 * at once, or assembled in the background while gensrc parses and
 * compares; none (no check) when either file has no debug information.
 */
struct layout_loader {
	const char *inputs[2];
	struct dwarf_layout_job job;
	int running;
	char *texts[2];
};

static int start_layouts(struct layout_loader *l, char *text[2], const size_t len[2])
{
	const char *why = NULL;
	int err, which = 0;

	if (!has_debug_info(text[0], len[0]) || !has_debug_info(text[1], len[1]))
		return 0;
	err = dwarf_layouts_start(&l->job, l->inputs, (const char **)text, len, &why, &which);
	if (err)
		fprintf(stderr, "%s: error: %s: %s to compare struct layouts: %s\n", prog,
			l->inputs[which], why, strerror(-err));
	l->running = !err;
	return err;
}

static int load_layouts(void *arg, const char **orig, const char **patched)
{
	struct layout_loader *l = arg;
	const char *why = NULL;
	int err, which = 0;

	if (!l->running)
		return 0;
	l->running = 0;
	err = dwarf_layouts_finish(&l->job, l->texts, &why, &which);
	if (err) {
		fprintf(stderr, "%s: error: %s: %s to compare struct layouts: %s\n", prog,
			l->inputs[which], why, strerror(-err));
		return err;
	}
	*orig = l->texts[0];
	*patched = l->texts[1];
	return 0;
}

static char *join_types(const char *a, const char *b)
{
	char *out;

	if (!a || !a[0])
		return b ? strdup(b) : NULL;
	if (!b || !b[0])
		return strdup(a);
	if (asprintf(&out, "%s,%s", a, b) < 0)
		return NULL;
	return out;
}

/*
 * The output is written while gensrc makes it (never whole in memory) into
 * a temporary file beside it, renamed over it on success: a failed merge
 * leaves no partial output.  A device or pipe is written directly.
 */
struct output {
	const char *path;
	char tmp[4096];
	FILE *f;
};

static int open_output(struct output *o, const char *path)
{
	struct stat st;
	mode_t mask;
	int fd;

	o->path = path;
	o->tmp[0] = '\0';
	if (!stat(path, &st) && !S_ISREG(st.st_mode)) {
		o->f = fopen(path, "w");
		return o->f ? 0 : -errno;
	}
	if ((size_t)snprintf(o->tmp, sizeof(o->tmp), "%s.XXXXXX", path) >= sizeof(o->tmp))
		return -ENAMETOOLONG;
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		o->tmp[0] = '\0';
		return -errno;
	}
	mask = umask(0);
	umask(mask);
	o->f = fdopen(fd, "w");
	if (!o->f || fchmod(fd, 0666 & ~mask)) {
		int err = -errno;

		if (o->f)
			fclose(o->f);
		else
			close(fd);
		o->f = NULL;
		unlink(o->tmp);
		return err;
	}
	return 0;
}

static int write_output(void *arg, const char *data, size_t len)
{
	struct output *o = arg;

	if (fwrite(data, 1, len, o->f) == len)
		return 0;
	fprintf(stderr, "%s: error: %s: %s\n", prog, o->path, strerror(errno ? errno : EIO));
	return -EIO;
}

/* Closes the output; keeps it only when OK.  0 or -errno after reporting */
static int close_output(struct output *o, int ok)
{
	int err = 0;

	if (!o->f)
		return 0;
	if (fclose(o->f) && ok) {
		err = -errno;
		fprintf(stderr, "%s: error: %s: %s\n", prog, o->path, strerror(-err));
	}
	o->f = NULL;
	if (!o->tmp[0])
		return err;
	if (ok && !err && rename(o->tmp, o->path)) {
		err = -errno;
		fprintf(stderr, "%s: error: %s: %s\n", prog, o->path, strerror(-err));
	}
	if (!ok || err)
		unlink(o->tmp);
	return err;
}

int main(int argc, char **argv)
{
	static const struct option long_options[] = {
		{ "os", required_argument, NULL, 'O' },
		{ "force-gotpcrel", no_argument, NULL, 'G' },
		{ "force-global", no_argument, NULL, 'g' },
		{ "no-line-rule", no_argument, NULL, 'L' },
		{ "layout-ok", required_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct gensrc_options opt = { .message = print_message, .note = print_note };
	const char *inputs[2] = { NULL, NULL }, *output = NULL;
	char *text[2] = { NULL, NULL }, *merged = NULL;
	struct layout_loader layouts = { .running = 0 };
	struct output out = { .f = NULL };
	char *layout_ok = NULL, *joined;
	size_t len[2], merged_len;
	int nr_inputs = 0, c, err;

	while ((c = getopt_long(argc, argv, "i:o:h", long_options, NULL)) != -1) {
		switch (c) {
		case 'i':
			if (nr_inputs == 2) {
				fprintf(stderr, "%s: error: more than two -i files\n", prog);
				return 2;
			}
			inputs[nr_inputs++] = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'O':
			break;
		case 'G':
			opt.force_gotpcrel = 1;
			break;
		case 'g':
			opt.force_global = 1;
			break;
		case 'L':
			opt.no_line_rule = 1;
			break;
		case 'T':
			joined = join_types(layout_ok, optarg);
			free(layout_ok);
			layout_ok = joined;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("kpatch_gensrc (LibCare) %s\n", LIBCARE_VERSION);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (nr_inputs != 2 || !output || optind != argc) {
		fprintf(stderr, "%s: error: need -i ORIG.s -i PATCHED.s -o OUT.s\n", prog);
		return 2;
	}

	for (int i = 0; i < 2; i++) {
		err = read_file(inputs[i], &text[i], &len[i]);
		if (err) {
			fprintf(stderr, "%s: error: %s: %s\n", prog, inputs[i], strerror(-err));
			goto out;
		}
	}
	opt.orig_name = inputs[0];
	opt.patched_name = inputs[1];
	layouts.inputs[0] = inputs[0];
	layouts.inputs[1] = inputs[1];
	err = start_layouts(&layouts, text, len);
	if (err)
		goto out;
	opt.load_layouts = load_layouts;
	opt.load_layouts_arg = &layouts;
	joined = join_types(layout_ok, getenv("LIBCARE_LAYOUT_OK"));
	free(layout_ok);
	layout_ok = joined;
	opt.layout_ok = layout_ok;
	err = open_output(&out, output);
	if (err) {
		fprintf(stderr, "%s: error: %s: %s\n", prog, output, strerror(-err));
		goto out;
	}
	opt.write = write_output;
	opt.write_arg = &out;
	/* the layouts are read from the texts already: they may be split in place */
	err = gensrc_merge_in_place(text[0], len[0], text[1], len[1], &opt, &merged, &merged_len);
	if (close_output(&out, !err))
		err = -EIO;
out:
	free(text[0]);
	free(text[1]);
	if (layouts.running)
		dwarf_layouts_cancel(&layouts.job);
	free(layouts.texts[0]);
	free(layouts.texts[1]);
	free(layout_ok);
	free(merged);
	return err ? 1 : 0;
}
