/*
 * A long-running program for the glibc walk-through.  It sleeps until
 * SIGUSR1, then forks two children.  The first fails an assertion whose
 * message fills a page to the last byte: glibc before CVE-2025-0395's fix
 * copies that message 4 bytes past the page it maps for it, and the child
 * dies of SIGSEGV (the copy ran into a guard page).  Fixed, it aborts, and
 * its SIGABRT handler checks that the message glibc keeps for core dumps
 * (__abort_msg) is the whole assertion text.  The second frees a block
 * twice: glibc's own check reports it through __libc_message, the other
 * function the fix changes, and the handler checks that message too.  So a
 * patch that ran but did the wrong thing (a string function's IFUNC
 * resolver called instead of the function) shows as a wrong message.
 */
#define _GNU_SOURCE
#include <assert.h>
#include <dlfcn.h>
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

/* glibc's record of the last fatal message (GLIBC_PRIVATE, found by name) */
struct abort_msg {
	unsigned int size;
	char msg[];
};
static struct abort_msg **abort_msg;
static char expected[8192];

enum { MESSAGE_KEPT = 10, MESSAGE_WRONG = 11, NO_RECORD = 12 };

static void on_abort(int sig)
{
	(void)sig;
	if (!abort_msg || !*abort_msg)
		_exit(NO_RECORD);
	_exit(strcmp((*abort_msg)->msg, expected) ? MESSAGE_WRONG : MESSAGE_KEPT);
}

static void catch_abort(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_abort;
	sigaction(SIGABRT, &sa, NULL);
	abort_msg = dlsym(RTLD_DEFAULT, "__abort_msg");
}

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
	snprintf(expected, sizeof(expected), "%s:%u: %s: Assertion `%s' failed.\n", file, line,
		 function, assertion);
	__progname = "";	/* no "prog: " prefix: the length is ours to set */
	if (devnull >= 0)
		dup2(devnull, STDERR_FILENO);	/* a page of x's is not worth showing */
	catch_abort();
	guard_writable_maps(page);
	__assert_fail(assertion, file, line, function);
}

/* In the child: glibc's malloc check reports a double free and aborts. */
static void free_twice(void)
{
	void *volatile block = malloc(32);
	int devnull = open("/dev/null", O_WRONLY);

	snprintf(expected, sizeof(expected), "free(): double free detected in tcache 2\n");
	if (devnull >= 0)
		dup2(devnull, STDERR_FILENO);
	catch_abort();
	free(block);
	free(block);
	_exit(0);
}

static void report(const char *name, const char *what, int status)
{
	printf("%s[%d]: %s: ", name, (int)getpid(), what);
	if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV)
		printf("wrote past its buffer, child killed by SIGSEGV (CVE-2025-0395)\n");
	else if (WIFEXITED(status) && WEXITSTATUS(status) == MESSAGE_KEPT)
		printf("aborted cleanly, its message kept whole\n");
	else if (WIFEXITED(status) && WEXITSTATUS(status) == MESSAGE_WRONG)
		printf("aborted, but the message glibc kept is WRONG\n");
	else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM)
		printf("did not finish in 5 s, child killed by SIGALRM\n");
	else if (WIFEXITED(status) && WEXITSTATUS(status) == NO_RECORD)
		printf("aborted without a message record\n");
	else
		printf("child ended with status 0x%x\n", status);
}

static void trial(const char *name)
{
	static const struct {
		const char *what;
		void (*run)(void);
	} kinds[] = {
		{ "assert() with a page-long message", fail_a_page_long_assertion },
		{ "free() twice", free_twice },
	};
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		int status;
		pid_t child = fork();

		if (child == 0) {
			alarm(5);	/* wrong code may spin: SIGALRM ends it */
			kinds[k].run();
		}
		if (child < 0 || waitpid(child, &status, 0) != child)
			printf("%s[%d]: could not run the trial\n", name, (int)getpid());
		else
			report(name, kinds[k].what, status);
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
