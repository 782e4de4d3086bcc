/*
 * libcare-ctl (also installed as kpatch_user): the doctor's command line.
 * It parses arguments, runs one command over the library and maps the
 * error classes to the exit codes documented in libcare-ctl(1).
 */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/apply.h"
#include "doctor/errors.h"
#include "doctor/info.h"
#include "doctor/objects.h"
#include "doctor/patchdir.h"
#include "doctor/patchfile.h"
#include "doctor/patient.h"
#include "doctor/proclist.h"
#include "doctor/perfmap.h"
#include "doctor/record.h"
#include "doctor/report.h"
#include "doctor/run.h"
#include "doctor/symfile.h"
#include "doctor/watch.h"

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
	EXIT_STACKED = 9,
	EXIT_INTEGRITY = 10,
	EXIT_SIGNATURE = 11,
	EXIT_UNSAFE_FILE = 12,
	EXIT_MISMATCH = 13,
	EXIT_SECCOMP = 14,
	EXIT_LOCKED = 15,
	EXIT_ROLLBACK = 16,
};

#define DEFAULT_TIMEOUT_MS	5000

static const char usage_text[] =
	"usage: libcare-ctl [options] <cmd> [args]\n"
	"Options:\n"
	"  -v - verbose mode (-vv: every step)\n"
	"  -h, --help - this message\n"
	"  --version - the version of LibCare\n"
	"Commands:\n"
	"  patch [-t TIMEOUT_MS] [--force] [--keys DIR] [--require-signature]\n"
	"        [--no-perf-map] -p PID|all PATCH_FILE|DIR\n"
	"        apply a patch file, or every patch in DIR (BUILDID.kpatch, or\n"
	"        BUILDID/latest/kpatch.bin, or DIR/PACKAGE/ holding those, as in\n"
	"        /var/lib/libcare/patches) that matches an object of the process:\n"
	"        the program or a shared library; a higher patchlevel of an applied\n"
	"        patch replaces it; wait up to TIMEOUT_MS (default 5000) for threads\n"
	"        to leave the functions to change; a signed patch must verify with a\n"
	"        key of DIR (default /etc/libcare/keys), and every patch must be signed\n"
	"        with --require-signature or /etc/libcare/require-signature; --force\n"
	"        accepts format version 1 files and, as root, files others can write;\n"
	"        the new functions are added to /tmp/perf-PID.map for perf unless\n"
	"        --no-perf-map\n"
	"  unpatch [-t TIMEOUT_MS] -p PID|all [-i PATCH_ID | BUILDID...]\n"
	"        take off the patch with PATCH_ID, those for the objects with the\n"
	"        BUILDIDs given, or all patches of the process, the latest first\n"
	"  info -p PID|all [--json]\n"
	"        show the patches applied to the process\n"
	"  info -p PID --symbol-file FILE\n"
	"        write the patches' new functions as an ELF symbol file for\n"
	"        debuggers (gdb: add-symbol-file FILE)\n"
	"  run [-t TIMEOUT_MS] [-d PATCH_DIR] -- PROGRAM [ARGS...]\n"
	"        start PROGRAM with the patches of PATCH_DIR (default $LIBCARE_PATCH_DIR)\n"
	"        for it and its libraries applied before main; exit with its status\n"
	"  watch [-d ROOT] [-t TIMEOUT_MS] [--existing] [--buffer BYTES]\n"
	"        as root, until SIGTERM: patch every process started later that maps\n"
	"        an object with a patch in ROOT (default " WATCH_DEFAULT_ROOT "),\n"
	"        right after the dynamic loader is done with it; ROOT is read again\n"
	"        when it changes; --existing: also running processes, at start and\n"
	"        on each change; one line per process patched or refused\n"
	"  -p all: every process but this one and init, one at a time\n"
	"Exit codes: 0 ok, 1 usage, 2 bad patch file, 3 no matching object or patch,\n"
	"  4 no such process, 5 permission denied, 6 busy, 7 unresolvable symbol or\n"
	"  unsupported relocation, 8 other error, 9 another patch is applied over\n"
	"  the one to take off, 10 integrity check failed, 11 no valid signature,\n"
	"  12 patch file writable by others, 13 running code does not match,\n"
	"  14 refused by the process's seccomp filter, 15 another libcare-ctl is\n"
	"  working on the process (after waiting TIMEOUT_MS).\n";

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "libcare-ctl: error: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (libcare-ctl -h for help)\n");
	return EXIT_USAGE;
}

/* No long options but those every parser needs: a word "--x" is then
 * refused whole, and named. */
static const struct option no_longopts[] = { { NULL, 0, NULL, 0 } };

/*
 * The usage error for what getopt_long (with an optstring starting "+:")
 * just refused in command CMD: OPT ':' for a missing value; a short option
 * is in optopt, a long one is the word just read.
 */
static int option_error(const char *cmd, int opt, char **argv)
{
	char what[160], shortopt[3] = { '-', (char)optopt, '\0' };

	if (opt == ':')
		snprintf(what, sizeof(what), "%soption '%s' needs a value", cmd, shortopt);
	else
		snprintf(what, sizeof(what), "%sunknown option '%s'", cmd,
			 optopt ? shortopt : argv[optind - 1]);
	return usage_error("%s", what);
}

/*
 * The one place an error becomes an exit code (documented in
 * libcare-ctl(1), stable: wrappers and fleet tools rely on them).
 */
static int exit_code(int err)
{
	/* every failure says what happened, in one line: a path that did not */
	if (err && !log_error_count())
		pr_warn("%s\n", libcare_strerror(err));
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
	case ERR_BUSY:
		return EXIT_BUSY;
	case ERR_NO_SYMBOL:
	case ERR_UNSUPPORTED:
		return EXIT_UNRESOLVED;
	case ERR_STACKED:
		return EXIT_STACKED;
	case ERR_INTEGRITY:
		return EXIT_INTEGRITY;
	case ERR_SIGNATURE:
		return EXIT_SIGNATURE;
	case ERR_UNSAFE_FILE:
		return EXIT_UNSAFE_FILE;
	case ERR_MISMATCH:
		return EXIT_MISMATCH;
	case ERR_SECCOMP:
		return EXIT_SECCOMP;
	case ERR_LOCKED:
		return EXIT_LOCKED;
	case ERR_ROLLBACK:
		return EXIT_ROLLBACK;
	default:
		return EXIT_OTHER;
	}
}

#define ALL_PROCESSES	((pid_t)-1)

/* A process id, or "all" (ALL_PROCESSES). */
static int parse_pid(const char *s, pid_t *pid)
{
	char *end;
	long v;

	if (!strcmp(s, "all")) {
		*pid = ALL_PROCESSES;
		return 0;
	}
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

/* A socket buffer size: 4 KiB to 1 GiB. */
static int parse_bytes(const char *s, unsigned *bytes)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno || *end || end == s || *s == '-' || v < 4096 || v > (1UL << 30))
		return -1;
	*bytes = (unsigned)v;
	return 0;
}

/* Patches PID; *STOPPED_NS (may be NULL) says how long it was stopped. */
static int patch_one_process(pid_t pid, const struct patch_set *set, unsigned timeout_ms,
			     uint64_t *stopped_ns)
{
	struct patch_outcome *out = calloc(set->n, sizeof(*out));
	size_t hunks = 0;
	int ret;

	if (!out)
		return -ENOMEM;
	ret = patch_process_report(pid, set->files, set->n, !set->from_dir, timeout_ms, out, &hunks);
	print_outcomes(pid, set, out);
	for (size_t i = 0; stopped_ns && i < set->n; i++)
		*stopped_ns += out[i].stopped_ns;
	free(out);
	if (!ret)
		printf("%zu patch hunk(s) have been successfully applied to PID '%d'\n", hunks, (int)pid);
	return ret;
}

/* -p all: each process alone, and only those with a matching object. */
static int patch_all(const struct patch_set *set, unsigned timeout_ms)
{
	struct summary sum = { 0 };
	size_t n;
	pid_t *pids;
	int ret = list_processes(&pids, &n);

	if (ret)
		return exit_code(ret);
	/* the same files in process after process: each is read once */
	objects_cache_begin();
	for (size_t i = 0; i < n; i++) {
		uint64_t stopped = 0;

		ret = process_matches(pids[i], set->files, set->n);
		if (ret == 0 || ret == -ESRCH || ret == -ENOENT) {
			sum.not_applicable += ret == 0;
			continue;
		}
		if (ret > 0)
			ret = patch_one_process(pids[i], set, timeout_ms, &stopped);
		if (ret)
			summary_failed(&sum, pids[i], ret);
		else
			summary_done(&sum, stopped);
	}
	objects_cache_end();
	free(pids);
	return exit_code(summary_print(&sum, "patched"));
}

static int cmd_patch(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "force", no_argument, NULL, 'F' },
		{ "keys", required_argument, NULL, 'K' },
		{ "require-signature", no_argument, NULL, 'S' },
		{ "no-perf-map", no_argument, NULL, 'M' },
		{ NULL, 0, NULL, 0 },
	};
	struct trust_options trust = { 0 };
	unsigned timeout_ms = DEFAULT_TIMEOUT_MS;
	struct patch_set set;
	pid_t pid = 0;
	int opt, ret;

	while ((opt = getopt_long(argc, argv, "+:t:p:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'F':
			trust.force = 1;
			break;
		case 'K':
			trust.keys_dir = optarg;
			break;
		case 'S':
			trust.require_signature = 1;
			break;
		case 'M':
			perfmap_set_enabled(0);
			break;
		case 't':
			if (parse_timeout(optarg, &timeout_ms))
				return usage_error("patch: -t wants milliseconds, not '%s'", optarg);
			break;
		case 'p':
			if (parse_pid(optarg, &pid))
				return usage_error("patch: -p wants a process id or 'all', not '%s'", optarg);
			break;
		default:
			return option_error("patch: ", opt, argv);
		}
	}
	if (!pid || optind != argc - 1)
		return usage_error("%s", "patch: needs -p PID and one PATCH_FILE or DIR");
	patient_set_lock_wait(timeout_ms);
	ret = patch_set_load_opts(argv[optind], &trust, &set);
	if (!ret && !set.n) {
		pr_warn("%s: no patches in the directory\n", argv[optind]);
		ret = -ERR_BAD_PATCH;
	}
	if (!ret && pid == ALL_PROCESSES) {
		ret = patch_all(&set, timeout_ms);
		patch_set_free(&set);
		return ret;
	}
	if (!ret)
		ret = patch_one_process(pid, &set, timeout_ms, NULL);
	patch_set_free(&set);
	return exit_code(ret);
}

/* What the patches taken off one process add up to. */
struct removals {
	size_t n;
	uint64_t stopped_ns;
};

/* Says which patch went, and how long that stopped the process; counts it
 * in the struct removals ARG points to. */
static void print_removal(pid_t pid, const struct removal *r, void *arg)
{
	struct removals *sum = arg;

	printf("pid %d: %s: patch %s level %u removed, %zu hunk(s), stopped %llu us\n", (int)pid,
	       printable(r->object), printable(name_or(r->patch_id, "(no id)")), r->level, r->hunks,
	       patient_stop_us(r->stopped_ns));
	sum->n++;
	sum->stopped_ns += r->stopped_ns;
}

/* Unpatches PID, saying so in SUM; with NONE_IS_OK (-p all), a process
 * without a selected patch is no error, and silent. */
static int unpatch_one_process(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
			       unsigned timeout_ms, int none_is_ok, struct removals *sum)
{
	size_t hunks;
	int ret = unpatch_process_report(pid, patch_id, build_ids, n, timeout_ms, none_is_ok,
					 print_removal, sum, &hunks);

	if (!ret && (sum->n || !none_is_ok))
		printf("%zu patch hunk(s) were successfully cancelled from PID '%d'\n", hunks, (int)pid);
	return ret;
}

static int unpatch_all(const char *patch_id, char *const *build_ids, size_t n,
		       unsigned timeout_ms)
{
	struct summary sum = { 0 };
	size_t count;
	pid_t *pids;
	int ret = list_processes(&pids, &count);

	if (ret)
		return exit_code(ret);
	for (size_t i = 0; i < count; i++) {
		struct removals removed = { 0 };

		/* from the maps alone: a process that may carry a patch at all */
		ret = record_maybe(pids[i]);
		if (ret == 0 || ret == -ESRCH || ret == -ENOENT) {
			sum.not_applicable += ret == 0;
			continue;
		}
		if (ret > 0)
			ret = unpatch_one_process(pids[i], patch_id, build_ids, n, timeout_ms, 1,
						  &removed);
		if (ret)
			summary_failed(&sum, pids[i], ret);
		else if (!removed.n)
			sum.not_applicable++;
		else
			summary_done(&sum, removed.stopped_ns);
	}
	free(pids);
	return exit_code(summary_print(&sum, "unpatched"));
}

static int cmd_unpatch(int argc, char **argv)
{
	unsigned timeout_ms = DEFAULT_TIMEOUT_MS;
	struct removals removed = { 0 };
	const char *patch_id = NULL;
	pid_t pid = 0;
	int opt;

	while ((opt = getopt_long(argc, argv, "+:t:p:i:", no_longopts, NULL)) != -1) {
		switch (opt) {
		case 't':
			if (parse_timeout(optarg, &timeout_ms))
				return usage_error("unpatch: -t wants milliseconds, not '%s'", optarg);
			break;
		case 'p':
			if (parse_pid(optarg, &pid))
				return usage_error("unpatch: -p wants a process id or 'all', not '%s'", optarg);
			break;
		case 'i':
			patch_id = optarg;
			break;
		default:
			return option_error("unpatch: ", opt, argv);
		}
	}
	if (!pid)
		return usage_error("%s", "unpatch: needs -p PID");
	patient_set_lock_wait(timeout_ms);
	if (patch_id && optind != argc)
		return usage_error("%s", "unpatch: give either -i PATCH_ID or BUILDIDs, not both");
	if (pid == ALL_PROCESSES)
		return unpatch_all(patch_id, argv + optind, argc - optind, timeout_ms);
	return exit_code(unpatch_one_process(pid, patch_id, argv + optind, argc - optind,
					     timeout_ms, 0, &removed));
}

/* info --symbol-file: one process, and the file instead of the report. */
static int info_symbol_file(pid_t pid, const char *path, int json)
{
	size_t nfuncs;
	int ret;

	if (pid == ALL_PROCESSES || json)
		return usage_error("%s", "info: --symbol-file wants one -p PID and no --json");
	ret = symfile_write(pid, path, &nfuncs);
	if (!ret)
		printf("pid %d: %zu function(s) written to %s\n", (int)pid, nfuncs, printable(path));
	return exit_code(ret);
}

static int cmd_info(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "symbol-file", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	const char *symbol_file = NULL;
	int opt, json = 0;
	pid_t pid = 0;

	while ((opt = getopt_long(argc, argv, "+:p:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'p':
			if (parse_pid(optarg, &pid))
				return usage_error("info: -p wants a process id or 'all', not '%s'", optarg);
			break;
		case 'j':
			json = 1;
			break;
		case 's':
			symbol_file = optarg;
			break;
		default:
			return option_error("info: ", opt, argv);
		}
	}
	if (!pid || optind != argc)
		return usage_error("%s", "info: needs -p PID");
	if (symbol_file)
		return info_symbol_file(pid, symbol_file, json);
	if (pid == ALL_PROCESSES)
		return exit_code(info_all(json, stdout));
	return exit_code(info_process(pid, json, stdout));
}

static int cmd_watch(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "existing", no_argument, NULL, 'E' },
		{ "buffer", required_argument, NULL, 'B' },
		{ NULL, 0, NULL, 0 },
	};
	struct watch_options opt = {
		.root = WATCH_DEFAULT_ROOT,
		.timeout_ms = DEFAULT_TIMEOUT_MS,
		.buffer = 4 << 20,
	};
	unsigned bytes;
	int o;

	while ((o = getopt_long(argc, argv, "+:d:t:", longopts, NULL)) != -1) {
		switch (o) {
		case 'd':
			opt.root = optarg;
			break;
		case 't':
			if (parse_timeout(optarg, &opt.timeout_ms))
				return usage_error("watch: -t wants milliseconds, not '%s'", optarg);
			break;
		case 'E':
			opt.existing = 1;
			break;
		case 'B':
			if (parse_bytes(optarg, &bytes))
				return usage_error("watch: --buffer wants a size in bytes, not '%s'", optarg);
			opt.buffer = (int)bytes;
			break;
		default:
			return option_error("watch: ", o, argv);
		}
	}
	if (optind != argc)
		return usage_error("watch: unexpected argument '%s'", argv[optind]);
	patient_set_lock_wait(opt.timeout_ms);
	return exit_code(watch_run(&opt));
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	const char *cmd;
	int opt;

	log_set_program("libcare-ctl");
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+vh", longopts, NULL)) != -1) {
		switch (opt) {
		case 'v':
			/* -v shows progress, -vv every step */
			log_set_level(log_get_level() == LOG_LEVEL_WARN ? LOG_LEVEL_INFO
									: LOG_LEVEL_DEBUG);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return EXIT_OK;
		case 'V':
			printf("libcare-ctl (LibCare) %s\n", LIBCARE_VERSION);
			return EXIT_OK;
		default:
			return option_error("", opt, argv);
		}
	}
	if (optind >= argc)
		return usage_error("%s", "no command given");
	cmd = argv[optind];
	argc -= optind;
	argv += optind;
	optind = 0;
	patient_set_activity(cmd);
	if (!strcmp(cmd, "patch"))
		return cmd_patch(argc, argv);
	if (!strcmp(cmd, "unpatch"))
		return cmd_unpatch(argc, argv);
	if (!strcmp(cmd, "info"))
		return cmd_info(argc, argv);
	if (!strcmp(cmd, "run"))
		return cmd_run(argc, argv, exit_code, usage_error);
	if (!strcmp(cmd, "watch"))
		return cmd_watch(argc, argv);
	return usage_error("unknown command '%s'", cmd);
}
