/*
 * The patient of the stacks tests.  A worker thread calls target() every
 * millisecond; target() spends its time calling step().  On SIGUSR1 the
 * worker is held inside target(): with "bss" or "guard", by a signal
 * handler without unwind information (handler.S) that target() raises
 * again and again, running on an alternate signal stack in .bss or in an
 * mmap with a guard page below; with "cbss", the same with a handler in C
 * built without unwind tables (handler_c.c); with "deep", by recursing
 * over 10 MB deep and spinning there, below the stack check's scan limit.
 * SIGUSR2 lets it go.  The main thread prints "value V" every 20 ms, V
 * being what target(x) added to x last, or "held" once the worker is.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define ALTSTACK_SIZE	(64 << 10)
#define DEEP_LEVELS	2600	/* of 4 KiB each: past the 8 MiB a scan reads */

void spin_handler(int sig);	/* handler.S */
void spin_handler_c(int sig);	/* handler_c.c */
void spin_hold(void);
volatile long spin_loops = 1000000;
volatile int hold;
static volatile int deep, held;	/* held: the worker is in place */
static volatile long sink, last = 1;
static char bss_altstack[ALTSTACK_SIZE];
static const char *kind;

void __attribute__((noinline)) step(long i)
{
	sink += i;
}

void __attribute__((noinline)) recurse(int n)
{
	volatile char pad[4096];

	pad[0] = (char)n;
	if (n) {
		recurse(n - 1);
	} else {
		held = 1;
		spin_hold();
	}
	sink += pad[0];
}

/*
 * Held, it stays here and signals itself, so that every signal interrupts
 * it (or what it calls): never the worker between two calls.
 */
long __attribute__((noinline)) target(long x)
{
	if (deep && hold)
		recurse(DEEP_LEVELS);
	for (long i = 0; i < 20000 || (hold && !deep); i++) {
		step(i);
		if (hold && !deep && i % 1000 == 0) {
			held = 1;
			pthread_kill(pthread_self(), SIGURG);
		}
	}
	return x + 1;
}

static void set_altstack(void)
{
	stack_t ss = { .ss_size = ALTSTACK_SIZE };
	char *m;

	if (!strcmp(kind, "guard")) {
		/* the look of a thread stack: a no-access page right below */
		m = mmap(NULL, ALTSTACK_SIZE + 4096, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED || mprotect(m, 4096, PROT_NONE))
			_exit(3);
		ss.ss_sp = m + 4096;
	} else {
		ss.ss_sp = bss_altstack;
	}
	if (sigaltstack(&ss, NULL))
		_exit(3);
}

static void *worker(void *arg)
{
	(void)arg;
	if (!deep)
		set_altstack();
	for (long x = 0;; x++) {
		last = target(x) - x;
		usleep(1000);
	}
	return NULL;
}

static void control(int sig)
{
	if (sig == SIGUSR1) {
		hold = 1;
	} else {
		hold = 0;
		held = 0;
	}
}

/* About 10 ms per handler run. */
static void calibrate(void)
{
	struct timespec a, b;
	double ns;

	spin_loops = 100000;
	clock_gettime(CLOCK_MONOTONIC, &a);
	spin_handler(0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ns = (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec);
	spin_loops = ns > 0 ? (long)(100000 * 10e6 / ns) : 1000000;
	if (spin_loops < 1)
		spin_loops = 1;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_handler = spin_handler, .sa_flags = SA_ONSTACK | SA_RESTART };
	sigset_t ctl;
	pthread_attr_t attr;
	pthread_t w;

	kind = argc > 1 ? argv[1] : "bss";
	deep = !strcmp(kind, "deep");
	setvbuf(stdout, NULL, _IOLBF, 0);
	calibrate();
	if (!strcmp(kind, "cbss"))
		sa.sa_handler = spin_handler_c;
	sigaction(SIGURG, &sa, NULL);
	sa.sa_handler = control;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	/* the control signals go to the main thread alone */
	sigemptyset(&ctl);
	sigaddset(&ctl, SIGUSR1);
	sigaddset(&ctl, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &ctl, NULL);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 64 << 20);
	if (pthread_create(&w, &attr, worker, NULL))
		return 2;
	pthread_sigmask(SIG_UNBLOCK, &ctl, NULL);
	for (;;) {
		printf(held ? "held\n" : "value %ld\n", last);
		usleep(20000);
	}
}
