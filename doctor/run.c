/*
 * libcare-ctl run: a program started with its patches already applied.
 *
 * The program is started traced and stopped by a breakpoint at its entry
 * point, where the dynamic loader has mapped every library but no code of
 * the program itself has run.  It is then held there by a jump to itself
 * and let go of, so that the ordinary patch path can seize its threads as
 * it does for any live process; once the patches are in, the entry bytes
 * come back and main() runs patched.  Library constructors run before the
 * entry point, so they still run the libraries' unpatched code.
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/apply.h"
#include "doctor/errors.h"
#include "doctor/patchdir.h"
#include "doctor/patchfile.h"
#include "doctor/patient.h"
#include "doctor/run.h"
#include "entry.h"

#define RUN_TIMEOUT_MS		5000
#define PATCH_DIR_ENV		"LIBCARE_PATCH_DIR"

/* The started program and what the doctor changed in it. */
struct newborn {
	pid_t pid;
	struct patient *patient;
	uint64_t entry;
	uint8_t saved[ARCH_ENTRY_HOLD_SIZE];	/* the entry's own bytes */
	int exited;				/* it ended before main: status holds why */
	int status;
};

static volatile pid_t run_child;

static void forward_signal(int sig)
{
	if (run_child > 0)
		kill(run_child, sig);
}

/* Ctrl-C and Ctrl-\ reach the program from the terminal; the doctor lives
 * on to report how it ended.  A TERM or HUP sent to the doctor is its. */
static void take_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sa.sa_handler = forward_signal;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static int wait_child(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0) {
		if (errno != EINTR) {
			pr_warn("run: pid %d: waitpid: %s\n", (int)pid, strerror(errno));
			return -errno;
		}
	}
	return 0;
}

/*
 * Resumes the traced NB with SIG and waits for its next SIGTRAP, passing
 * any other signal on; NB->exited when it ended instead.
 */
static int next_trap(struct newborn *nb, int sig)
{
	int ret;

	for (;;) {
		if (sig >= 0 && ptrace(PTRACE_CONT, nb->pid, NULL, (void *)(long)sig)) {
			ret = -errno;
			pr_warn("run: pid %d: PTRACE_CONT: %s\n", (int)nb->pid, strerror(-ret));
			return ret;
		}
		ret = wait_child(nb->pid, &nb->status);
		if (ret)
			return ret;
		if (WIFEXITED(nb->status) || WIFSIGNALED(nb->status)) {
			nb->exited = 1;
			return 0;
		}
		sig = WSTOPSIG(nb->status);
		if (sig == SIGTRAP)
			return 0;
	}
}

/* Forks PROGRAM traced; returns with it stopped right after the exec. */
static int spawn_traced(char **argv, struct newborn *nb)
{
	int ret;

	fflush(stdout);
	fflush(stderr);
	nb->pid = fork();
	if (nb->pid < 0) {
		ret = -errno;
		pr_warn("run: cannot fork: %s\n", strerror(-ret));
		return ret;
	}
	if (!nb->pid) {
		if (ptrace(PTRACE_TRACEME, 0, NULL, NULL)) {
			pr_warn("run: %s: PTRACE_TRACEME: %s\n", argv[0], strerror(errno));
			_exit(126);
		}
		execvp(argv[0], argv);
		ret = errno;
		pr_warn("run: cannot run %s: %s\n", argv[0], strerror(ret));
		_exit(ret == ENOENT ? 127 : 126);
	}
	run_child = nb->pid;
	take_signals();
	ret = next_trap(nb, -1);
	if (ret || nb->exited)
		return ret;
	/* should the doctor die while it traces the program, the program dies too */
	if (ptrace(PTRACE_SETOPTIONS, nb->pid, NULL, (void *)(long)PTRACE_O_EXITKILL)) {
		ret = -errno;
		pr_warn("run: pid %d: PTRACE_SETOPTIONS: %s\n", (int)nb->pid, strerror(-ret));
		return ret;
	}
	return patient_open(nb->pid, &nb->patient);
}

static int read_entry(pid_t pid, uint64_t *entry)
{
	Elf64_auxv_t aux;
	char name[64];
	int fd, ret = -ENOENT;

	snprintf(name, sizeof(name), "/proc/%d/auxv", (int)pid);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		ret = -errno;
		pr_warn("run: cannot open %s: %s\n", name, strerror(-ret));
		return ret;
	}
	while (read(fd, &aux, sizeof(aux)) == sizeof(aux) && aux.a_type != AT_NULL) {
		if (aux.a_type == AT_ENTRY) {
			*entry = aux.a_un.a_val;
			ret = 0;
			break;
		}
	}
	close(fd);
	if (ret)
		pr_warn("run: pid %d: no entry point in %s\n", (int)pid, name);
	return ret;
}

/* Runs the loader up to the program's entry point, and leaves the program
 * spinning there untraced. */
static int hold_at_entry(struct newborn *nb)
{
	uint8_t bytes[ARCH_ENTRY_HOLD_SIZE];
	int ret;

	ret = read_entry(nb->pid, &nb->entry);
	if (!ret)
		ret = patient_read(nb->patient, nb->entry, nb->saved, sizeof(nb->saved));
	if (ret)
		return ret;
	arch_entry_trap(nb->saved, bytes);
	ret = patient_write(nb->patient, nb->entry, bytes, sizeof(bytes));
	if (ret)
		return ret;
	pr_debug("run: pid %d: breakpoint at the entry point 0x%llx\n", (int)nb->pid,
		 (unsigned long long)nb->entry);
	for (ret = next_trap(nb, 0); !ret && !nb->exited; ret = next_trap(nb, SIGTRAP)) {
		ret = arch_entry_rewind(nb->pid, nb->entry);
		if (ret != -EAGAIN)
			break;
	}
	if (ret || nb->exited) {
		if (ret)
			pr_warn("run: pid %d: cannot stop at the entry point: %s\n", (int)nb->pid,
				strerror(-ret));
		return ret;
	}
	arch_entry_spin(bytes);
	ret = patient_write(nb->patient, nb->entry, bytes, sizeof(bytes));
	if (ret)
		return ret;
	if (ptrace(PTRACE_DETACH, nb->pid, NULL, NULL)) {
		ret = -errno;
		pr_warn("run: pid %d: PTRACE_DETACH: %s\n", (int)nb->pid, strerror(-ret));
	}
	return ret;
}

/* Applies the patches of ALL that are for objects of NB; none is not an error. */
static int apply_at_entry(struct newborn *nb, const struct patch_set *all, const char *dir,
			  const char *program, unsigned timeout_ms)
{
	size_t hunks;
	int ret;

	ret = all->n ? process_matches(nb->pid, all->files, all->n) : 0;
	if (ret < 0)
		return ret;
	if (!ret) {
		fprintf(stderr, "libcare-ctl: warning: run: no patch in %s is for %s or its libraries; "
			"it runs unpatched\n", dir, program);
		return 0;
	}
	ret = patch_process(nb->pid, all->files, all->n, 0, timeout_ms, &hunks);
	if (!ret)
		pr_info("run: pid %d: %zu patch hunk(s) applied before main\n", (int)nb->pid, hunks);
	return ret;
}

/* Gives the entry point its own bytes back: the program goes on to main. */
static int release_at_entry(struct newborn *nb)
{
	int ret = patient_stop_all(nb->patient);

	if (ret)
		return ret;
	ret = patient_write(nb->patient, nb->entry, nb->saved, sizeof(nb->saved));
	patient_resume_all(nb->patient);
	return ret;
}

/* The patch path may have reaped it already: no complaint then. */
static void kill_child(struct newborn *nb)
{
	kill(nb->pid, SIGKILL);
	while (waitpid(nb->pid, NULL, 0) < 0 && errno == EINTR)
		;
}

static int status_code(int status)
{
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
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

int cmd_run(int argc, char **argv, int (*exit_code)(int err),
	    int (*usage_error)(const char *fmt, const char *arg))
{
	unsigned timeout_ms = RUN_TIMEOUT_MS;
	const char *dir = getenv(PATCH_DIR_ENV);
	struct newborn nb = { 0 };
	static const struct option no_longopts[] = { { NULL, 0, NULL, 0 } };
	char shortopt[3] = "-?";
	struct patch_set all;
	int opt, ret;

	while ((opt = getopt_long(argc, argv, "+:d:t:", no_longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			dir = optarg;
			break;
		case 't':
			if (parse_timeout(optarg, &timeout_ms))
				return usage_error("run: -t wants milliseconds, not '%s'", optarg);
			break;
		case ':':
			shortopt[1] = (char)optopt;
			return usage_error("run: option '%s' needs a value", shortopt);
		default:
			shortopt[1] = (char)optopt;
			return usage_error("run: unknown option '%s'", optopt ? shortopt
									 : argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return usage_error("%s", "run: needs a PROGRAM to run");
	if (!dir || !*dir)
		return usage_error("%s", "run: needs -d PATCH_DIR (or " PATCH_DIR_ENV ")");
	patient_set_lock_wait(timeout_ms);

	ret = patch_set_load(dir, &all);
	if (ret)
		return exit_code(ret);
	ret = spawn_traced(argv + optind, &nb);
	if (!ret && !nb.exited)
		ret = hold_at_entry(&nb);
	if (!ret && !nb.exited)
		ret = apply_at_entry(&nb, &all, dir, argv[optind], timeout_ms);
	if (!ret && !nb.exited)
		ret = release_at_entry(&nb);
	patch_set_free(&all);
	patient_close(nb.patient);
	if (ret) {
		if (nb.pid > 0 && !nb.exited)
			kill_child(&nb);
		return exit_code(ret);
	}
	if (!nb.exited) {
		ret = wait_child(nb.pid, &nb.status);
		if (ret)
			return exit_code(ret);
	}
	return status_code(nb.status);
}
