/*
 * libcare-ctl (also installed as kpatch_user): the doctor's command line.
 * It parses arguments, runs one command over the library and maps the
 * error classes to the exit codes documented in libcare-ctl(1).
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/log.h"
#include "doctor/apply.h"
#include "doctor/errors.h"
#include "doctor/info.h"
#include "doctor/patchfile.h"

enum exit_code {
	EXIT_OK = 0,
	EXIT_USAGE = 1,
	EXIT_BAD_PATCH = 2,
	EXIT_NO_OBJECT = 3,
	EXIT_NO_PROCESS = 4,
	EXIT_PERMISSION = 5,
	EXIT_BUSY = 6,
	EXIT_UNRESOLVED = 7,
	EXIT_OTHER = 8,
};

#define DEFAULT_TIMEOUT_MS	5000

static const char usage_text[] =
	"usage: libcare-ctl [options] <cmd> [args]\n"
	"Options:\n"
	"  -v - verbose mode\n"
	"  -h - this message\n"
	"Commands:\n"
	"  patch [-t TIMEOUT_MS] -p PID PATCH_FILE|DIR\n"
	"        apply a patch file, or every BUILDID.kpatch in DIR that matches an\n"
	"        object of the process; wait up to TIMEOUT_MS (default 5000) for\n"
	"        threads to leave the functions to change\n"
	"  unpatch [-t TIMEOUT_MS] -p PID [-i PATCH_ID | BUILDID...]\n"
	"        take off the patch with PATCH_ID, those for the objects with the\n"
	"        BUILDIDs given, or all patches of the process\n"
	"  info -p PID [--json]\n"
	"        show the patches applied to the process\n"
	"Exit codes: 0 ok, 1 usage, 2 bad patch file, 3 no matching object or patch,\n"
	"  4 no such process, 5 permission denied, 6 busy, 7 unresolvable symbol or\n"
	"  unsupported relocation, 8 other error.\n";

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "libcare-ctl: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (libcare-ctl -h for help)\n");
	return EXIT_USAGE;
}

static int exit_code(int err)
{
	switch (-err) {
	case 0:
		return EXIT_OK;
	case ERR_BAD_PATCH:
		return EXIT_BAD_PATCH;
	case ERR_NO_OBJECT:
		return EXIT_NO_OBJECT;
	case ESRCH:
		return EXIT_NO_PROCESS;
	case EPERM:
	case EACCES:
		return EXIT_PERMISSION;
	case EBUSY:
		return EXIT_BUSY;
	case ERR_NO_SYMBOL:
	case ERR_UNSUPPORTED:
		return EXIT_UNRESOLVED;
	default:
		return EXIT_OTHER;
	}
}

static int parse_pid(const char *s, pid_t *pid)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v <= 0 || v > 0x3fffffff)
		return -1;
	*pid = (pid_t)v;
	return 0;
}

static int parse_timeout(const char *s, unsigned *ms)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || end == s || *s == '-' || v > 3600000)
		return -1;
	*ms = (unsigned)v;
	return 0;
}

struct patch_set {
	struct patch_file **files;
	size_t n;
	int from_dir;
};

static void patch_set_free(struct patch_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		patch_file_free(set->files[i]);
	free(set->files);
}

static int add_patch(struct patch_set *set, const char *path)
{
	struct patch_file **files, *pf;
	int ret = patch_file_load(path, &pf);

	if (ret)
		return ret;
	files = realloc(set->files, (set->n + 1) * sizeof(*files));
	if (!files) {
		patch_file_free(pf);
		return -ENOMEM;
	}
	set->files = files;
	set->files[set->n++] = pf;
	return 0;
}

static int dir_filter(const struct dirent *d)
{
	size_t len = strlen(d->d_name);

	return len > 7 && !strcmp(d->d_name + len - 7, ".kpatch");
}

/* PATH is one patch file, or a directory of BUILDID.kpatch files. */
static int load_patches(const char *path, struct patch_set *set)
{
	struct dirent **names;
	struct stat st;
	int n, ret = 0;

	memset(set, 0, sizeof(*set));
	if (stat(path, &st) || !S_ISDIR(st.st_mode))
		return add_patch(set, path);
	set->from_dir = 1;
	n = scandir(path, &names, dir_filter, alphasort);
	if (n < 0) {
		ret = -errno;
		pr_warn("%s: cannot read patch directory: %s\n", path, strerror(-ret));
		return -ERR_BAD_PATCH;
	}
	for (int i = 0; i < n; i++) {
		char file[4096];
		size_t len = strlen(names[i]->d_name) - 7;

		snprintf(file, sizeof(file), "%s/%s", path, names[i]->d_name);
		if (!ret)
			ret = add_patch(set, file);
		if (!ret && (strlen(set->files[set->n - 1]->hdr.build_id) != len ||
			     strncmp(set->files[set->n - 1]->hdr.build_id, names[i]->d_name, len))) {
			pr_warn("%s: bad patch file: it is for BuildID %s, not the one its name says\n",
				file, set->files[set->n - 1]->hdr.build_id);
			ret = -ERR_BAD_PATCH;
		}
		free(names[i]);
	}
	free(names);
	if (!ret && !set->n) {
		pr_warn("%s: no .kpatch files in the directory\n", path);
		ret = -ERR_BAD_PATCH;
	}
	return ret;
}

static int cmd_patch(int argc, char **argv)
{
	unsigned timeout_ms = DEFAULT_TIMEOUT_MS;
	struct patch_set set;
	pid_t pid = 0;
	size_t hunks;
	int opt, ret;

	while ((opt = getopt(argc, argv, "+t:p:")) != -1) {
		switch (opt) {
		case 't':
			if (parse_timeout(optarg, &timeout_ms))
				return usage_error("patch: -t wants milliseconds, not '%s'", optarg);
			break;
		case 'p':
			if (parse_pid(optarg, &pid))
				return usage_error("patch: -p wants a process id, not '%s'", optarg);
			break;
		default:
			return usage_error("%s", "patch: unknown option");
		}
	}
	if (!pid || optind != argc - 1)
		return usage_error("%s", "patch: needs -p PID and one PATCH_FILE or DIR");
	ret = load_patches(argv[optind], &set);
	if (!ret)
		ret = patch_process(pid, set.files, set.n, !set.from_dir, timeout_ms, &hunks);
	patch_set_free(&set);
	if (!ret)
		printf("%zu patch hunk(s) have been successfully applied to PID '%d'\n", hunks, (int)pid);
	return exit_code(ret);
}

static int cmd_unpatch(int argc, char **argv)
{
	unsigned timeout_ms = DEFAULT_TIMEOUT_MS;
	const char *patch_id = NULL;
	pid_t pid = 0;
	size_t hunks;
	int opt, ret;

	while ((opt = getopt(argc, argv, "+t:p:i:")) != -1) {
		switch (opt) {
		case 't':
			if (parse_timeout(optarg, &timeout_ms))
				return usage_error("unpatch: -t wants milliseconds, not '%s'", optarg);
			break;
		case 'p':
			if (parse_pid(optarg, &pid))
				return usage_error("unpatch: -p wants a process id, not '%s'", optarg);
			break;
		case 'i':
			patch_id = optarg;
			break;
		default:
			return usage_error("%s", "unpatch: unknown option");
		}
	}
	if (!pid)
		return usage_error("%s", "unpatch: needs -p PID");
	if (patch_id && optind != argc)
		return usage_error("%s", "unpatch: give either -i PATCH_ID or BUILDIDs, not both");
	ret = unpatch_process(pid, patch_id, argv + optind, argc - optind, timeout_ms, &hunks);
	if (!ret)
		printf("%zu patch hunk(s) were successfully cancelled from PID '%d'\n", hunks, (int)pid);
	return exit_code(ret);
}

static int cmd_info(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	int opt, json = 0;
	pid_t pid = 0;

	while ((opt = getopt_long(argc, argv, "+p:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'p':
			if (parse_pid(optarg, &pid))
				return usage_error("info: -p wants a process id, not '%s'", optarg);
			break;
		case 'j':
			json = 1;
			break;
		default:
			return usage_error("%s", "info: unknown option");
		}
	}
	if (!pid || optind != argc)
		return usage_error("%s", "info: needs -p PID");
	return exit_code(info_process(pid, json, stdout));
}

int main(int argc, char **argv)
{
	const char *cmd;
	int opt;

	log_set_program("libcare-ctl");
	opterr = 0;
	while ((opt = getopt(argc, argv, "+vh")) != -1) {
		switch (opt) {
		case 'v':
			/* -v shows progress, -vv every step */
			log_set_level(log_get_level() == LOG_LEVEL_WARN ? LOG_LEVEL_INFO
									: LOG_LEVEL_DEBUG);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return EXIT_OK;
		default:
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error("%s", "no command given");
	cmd = argv[optind];
	argc -= optind;
	argv += optind;
	optind = 0;
	if (!strcmp(cmd, "patch"))
		return cmd_patch(argc, argv);
	if (!strcmp(cmd, "unpatch"))
		return cmd_unpatch(argc, argv);
	if (!strcmp(cmd, "info"))
		return cmd_info(argc, argv);
	return usage_error("unknown command '%s'", cmd);
}
