/*
 * A long-running program for the glibc walk-through.  It sleeps until
 * SIGUSR1, then forks a child that fails an assertion whose message fills
 * a page to the last byte: glibc before CVE-2025-0395's fix copies that
 * message 4 bytes past the page it maps for it.  The parent reports how
 * the child ended: SIGSEGV (the copy ran into a guard page: the bug) or
 * SIGABRT (the assertion's own abort: fixed).
 */
#define _GNU_SOURCE
#include <assert.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

extern const char *__progname;

static volatile sig_atomic_t asked;

static void on_usr1(int sig)
{
	(void)sig;
	asked = 1;
}

/*
 * Maps an inaccessible page just below every writable mapping that has
 * room under it: wherever the kernel then places the page assert maps,
 * what lies directly above it cannot be written, so a copy past its end
 * faults at once instead of corrupting a neighbour.
 */
static void guard_writable_maps(size_t page)
{
	FILE *maps = fopen("/proc/self/maps", "r");
	char line[512];
	uintptr_t prev_end = 0;

	if (!maps)
		return;
	while (fgets(line, sizeof(line), maps)) {
		uintptr_t from, to;
		char perm[5];

		if (sscanf(line, "%" SCNxPTR "-%" SCNxPTR " %4s", &from, &to, perm) != 3)
			continue;
		if (prev_end && from - prev_end > page && strchr(perm, 'w'))
			mmap((void *)(from - page), page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
			     -1, 0);
		prev_end = to;
	}
	fclose(maps);
}

/* In the child: an assertion message of exactly one page less its NUL. */
static void fail_a_page_long_assertion(void)
{
	const char *file = "patient.c", *function = "check";
	unsigned int line = 42;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	int fixed = snprintf(NULL, 0, "%s:%u: %s: Assertion `' failed.\n", file, line, function);
	char *assertion = malloc(page);
	int devnull = open("/dev/null", O_WRONLY);

	if (!assertion || fixed < 0 || (size_t)fixed >= page - 1)
		_exit(99);
	memset(assertion, 'x', page - 1 - fixed);
	assertion[page - 1 - fixed] = '\0';
	__progname = "";	/* no "prog: " prefix: the length is ours to set */
	if (devnull >= 0)
		dup2(devnull, STDERR_FILENO);	/* a page of x's is not worth showing */
	guard_writable_maps(page);
	__assert_fail(assertion, file, line, function);
}

static void trial(const char *name)
{
	int status;
	pid_t child = fork();

	if (child == 0)
		fail_a_page_long_assertion();
	if (child < 0 || waitpid(child, &status, 0) != child) {
		printf("%s[%d]: could not run the trial\n", name, (int)getpid());
	} else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV) {
		printf("%s[%d]: assert() wrote past its buffer: child killed by SIGSEGV (CVE-2025-0395)\n",
		       name, (int)getpid());
	} else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT) {
		printf("%s[%d]: assert() reported and aborted cleanly: child ended by SIGABRT\n",
		       name, (int)getpid());
	} else {
		printf("%s[%d]: child ended with status 0x%x\n", name, (int)getpid(), status);
	}
	fflush(stdout);
}

int main(int argc, char **argv)
{
	const char *name = argc > 1 ? argv[1] : "patient";
	struct sigaction sa;
	sigset_t usr1, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, &old);
	printf("%s[%d]: running (kill -USR1 %d runs a trial)\n", name, (int)getpid(), (int)getpid());
	fflush(stdout);
	for (;;) {
		while (!asked)
			sigsuspend(&old);
		asked = 0;
		trial(name);
	}
}
