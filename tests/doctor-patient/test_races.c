/*
 * The patient library where ptrace races bite: signals arriving during a
 * remote call made while every thread is held, a patient exiting while it
 * is being stopped, a doctor SIGKILLed inside a blocking injected call and
 * the next doctors killed too, and doctors killed at random while queued
 * signals flow.  Runs races_prog.  Needs root (exit 77 otherwise).
 *
 *	test_races RACES_PROG held|exit|double|ksignals [ROUNDS]
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient.h"
#include "tests/check.h"

static const char *prog;

struct child {
	pid_t pid;
	int out;		/* its stdout */
	uint64_t counts;	/* address of counts[] in it */
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Starts races_prog MODE [ARG] and waits for its "ready". */
static int start(struct child *c, const char *mode, const char *arg)
{
	char buf[256];
	size_t len = 0;
	int out[2];

	if (pipe(out))
		return -1;
	c->pid = fork();
	if (c->pid == 0) {
		dup2(out[1], 1);
		close(out[0]);
		execl(prog, prog, mode, arg, (char *)NULL);
		_exit(127);
	}
	close(out[1]);
	c->out = out[0];
	c->counts = 0;
	while (len < sizeof(buf) - 1) {
		struct pollfd pfd = { c->out, POLLIN, 0 };
		ssize_t r;

		if (poll(&pfd, 1, 5000) <= 0)
			return -1;
		r = read(c->out, buf + len, sizeof(buf) - 1 - len);
		if (r <= 0)
			return -1;
		len += (size_t)r;
		buf[len] = '\0';
		if (strstr(buf, "ready\n"))
			return sscanf(buf, "counts %" SCNx64, &c->counts) == 1 ? 0 : -1;
	}
	return -1;
}

static void finish(struct child *c)
{
	kill(c->pid, SIGKILL);
	waitpid(c->pid, NULL, 0);
	close(c->out);
}

static int read_counts(pid_t pid, uint64_t addr, unsigned long *v, size_t n)
{
	struct patient *p;
	int ret = patient_open(pid, &p);

	if (ret)
		return ret;
	ret = patient_read(p, addr, v, n * sizeof(*v));
	patient_close(p);
	return ret;
}

/* Forks a process queueing NSIG SIGRTMIN with values 1..7 to PID; *sum gets their sum. */
static pid_t send_signals(pid_t pid, int nsig, int gap_us, unsigned long *sum)
{
	pid_t sender;

	*sum = 0;
	for (int i = 0; i < nsig; i++)
		*sum += (unsigned long)(i % 7 + 1);
	sender = fork();
	if (sender == 0) {
		for (int i = 0; i < nsig; i++) {
			union sigval v = { .sival_int = i % 7 + 1 };

			while (sigqueue(pid, SIGRTMIN, v))
				usleep(50);
			if (gap_us)
				usleep((useconds_t)gap_us);
		}
		_exit(0);
	}
	return sender;
}

/*
 * Remote calls with every thread held while queued signals keep arriving:
 * each call returns its own result (not a handler's system call), and every
 * signal reaches the handler once with its value.
 */
static void test_held_calls(int nsig)
{
	unsigned long v[4], sum;
	long res, args[6] = { 0 };
	int calls = 0, wrong = 0, st;
	struct patient *p;
	struct child c;
	pid_t sender;

	CHECKF(!start(&c, "signals", NULL), "patient did not start");
	CHECKF(!patient_open(c.pid, &p), "open");
	sender = send_signals(c.pid, nsig, 30, &sum);
	while (waitpid(sender, &st, WNOHANG) == 0) {
		if (patient_stop_all(p)) {
			wrong++;
			continue;
		}
		if (patient_remote_syscall(p, SYS_getpid, args, &res) || res != c.pid)
			wrong++;
		patient_resume_all(p);
		calls++;
	}
	patient_close(p);
	usleep(300000);
	CHECKF(!read_counts(c.pid, c.counts, v, 4), "read");
	printf("held calls: %d calls under %d queued signals, %d wrong; handled %lu (sum %lu of %lu)\n",
	       calls, nsig, wrong, v[1], v[2], sum);
	CHECKF(!wrong, "%d remote calls failed or returned another value", wrong);
	CHECKF(v[1] == (unsigned long)nsig && v[2] == sum, "signals lost or altered");
	finish(&c);
}

/*
 * A patient exiting while a doctor (not its parent) stops it and runs calls
 * in it: the doctor gets -ESRCH soon, and while it still lives the parent
 * can reap the patient (no thread left a traced zombie).
 */
static void test_exit_race(int rounds)
{
	int hung = 0, unreaped = 0, other = 0;
	double worst = 0;

	for (int i = 0; i < rounds; i++) {
		struct pollfd pfd;
		struct child c;
		char ms[16], code = 0;
		int fds[2], st, reaped = 0;
		pid_t doctor;
		double t0;

		snprintf(ms, sizeof(ms), "%d", rand() % 30);
		if (start(&c, "exit", ms) || pipe(fds)) {
			CHECKF(0, "patient did not start");
			continue;
		}
		doctor = fork();
		if (doctor == 0) {
			long res, args[6] = { 0 };
			struct patient *p;
			int ret;

			code = 'o';
			if (!patient_open(c.pid, &p)) {
				do {
					ret = patient_stop_all(p);
					if (!ret)
						ret = patient_remote_syscall(p, SYS_getpid, args, &res);
					patient_resume_all(p);
				} while (!ret);
				code = ret == -ESRCH ? 's' : 'x';
				patient_close(p);
			}
			if (write(fds[1], &code, 1) != 1)
				_exit(1);
			pause();
			_exit(0);
		}
		close(fds[1]);
		t0 = now_ms();
		pfd = (struct pollfd){ fds[0], POLLIN, 0 };
		if (poll(&pfd, 1, 5000) <= 0 || read(fds[0], &code, 1) != 1)
			hung++;
		if (now_ms() - t0 > worst)
			worst = now_ms() - t0;
		if (code == 'x')
			other++;
		for (int k = 0; k < 300 && !reaped; k++) {
			reaped = waitpid(c.pid, &st, WNOHANG) == c.pid;
			if (!reaped)
				usleep(10000);
		}
		unreaped += !reaped;
		kill(doctor, SIGKILL);
		waitpid(doctor, NULL, 0);
		if (!reaped)
			waitpid(c.pid, NULL, 0);
		close(fds[0]);
		close(c.out);
	}
	printf("exit race: %d rounds, doctor hung %d, error other than -ESRCH %d, patient not "
	       "reapable %d, slowest answer %.0f ms\n", rounds, hung, other, unreaped, worst);
	CHECKF(!hung && !other && !unreaped, "exiting patients mishandled");
}

/* Forks a doctor running remote calls on PID in a loop; SIGKILLs it after
 * 0..WINDOW_US microseconds. */
static void kill_a_doctor(pid_t pid, int window_us)
{
	int fds[2], st;
	pid_t doctor;
	char s;

	if (pipe(fds)) {
		CHECKF(0, "pipe");
		return;
	}
	doctor = fork();
	if (doctor == 0) {
		long res, args[6] = { 0 };
		long map[6] = { 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0 };
		struct patient *p;

		if (patient_open(pid, &p) || write(fds[1], "g", 1) != 1)
			_exit(1);
		for (;;) {
			if (patient_remote_syscall(p, SYS_getpid, args, &res) || res != pid)
				_exit(2);
			if (patient_remote_syscall(p, SYS_mmap, map, &res) || res < 0)
				_exit(2);
			args[0] = res;
			args[1] = 4096;
			if (patient_remote_syscall(p, SYS_munmap, args, &res) || res)
				_exit(2);
			args[0] = args[1] = 0;
		}
	}
	close(fds[1]);
	CHECKF(read(fds[0], &s, 1) == 1, "doctor did not start");
	close(fds[0]);
	usleep((useconds_t)(rand() % window_us));
	kill(doctor, SIGKILL);
	waitpid(doctor, &st, 0);
	CHECKF(WIFSIGNALED(st), "the doctor stopped by itself (status %x)", st);
}

/* Alive, not stopped, and counts[0] advancing within a second. */
static int patient_fine(struct child *c)
{
	unsigned long a, b;
	int st;

	if (waitpid(c->pid, &st, WNOHANG) != 0) {
		fprintf(stderr, "patient died: %s %d\n", WIFSIGNALED(st) ? "signal" : "status",
			WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
		return 0;
	}
	if (read_counts(c->pid, c->counts, &a, 1))
		return 0;
	for (int i = 0; i < 50; i++) {
		usleep(20000);
		if (read_counts(c->pid, c->counts, &b, 1))
			return 0;
		if (b > a)
			return 1;
	}
	fprintf(stderr, "patient stuck\n");
	return 0;
}

/*
 * Doctor A dies inside a blocking injected call, so the thread is left in
 * A's stub; then doctors are killed at random.  A later doctor must not
 * write its stub over A's, or the thread returns into its bytes.  The
 * patient is nearly always inside its own relative nanosleep, whose
 * restart block a sleep of A's would clear (the doctor refuses that): A
 * blocks in ppoll with a timeout instead, which leaves the block alone.
 */
static void test_double_kill(int rounds)
{
	int lost = 0;

	for (int i = 0; i < rounds; i++) {
		struct child c;
		pid_t a;

		if (start(&c, "sleep", NULL)) {
			CHECKF(0, "patient did not start");
			continue;
		}
		a = fork();
		if (a == 0) {
			long res, map[6] = { 0, 4096, PROT_READ | PROT_WRITE,
					     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0 };
			struct timespec ts = { 0, 400000000 };
			struct patient *p;

			if (patient_open(c.pid, &p) || patient_remote_syscall(p, SYS_mmap, map, &res) ||
			    res < 0 || patient_write(p, (uint64_t)res, &ts, sizeof(ts)))
				_exit(1);
			/* ppoll(NULL, 0, &ts, NULL, 8): blocks 400 ms */
			map[2] = res;
			map[0] = map[1] = map[3] = 0;
			map[4] = 8;
			patient_remote_syscall(p, SYS_ppoll, map, &res);
			_exit(0);
		}
		usleep(100000);
		kill(a, SIGKILL);
		waitpid(a, NULL, 0);
		kill_a_doctor(c.pid, 3000);
		usleep(400000);
		if (!patient_fine(&c)) {
			char said[512];
			ssize_t n;

			fcntl(c.out, F_SETFL, O_NONBLOCK);
			n = read(c.out, said, sizeof(said) - 1);
			said[n > 0 ? n : 0] = '\0';
			fprintf(stderr, "round %d: patient lost; it said: %s\n", i, said);
			lost++;
		}
		finish(&c);
	}
	printf("doctor killed in a blocking call, then another killed: %d rounds, lost %d\n",
	       rounds, lost);
	CHECKF(!lost, "%d patients lost", lost);
}

/*
 * Doctors killed at random while queued signals flow: the patient lives on.
 * A signal the kernel has put in signal-delivery-stop when the tracer dies
 * is dropped by the kernel; the doctor hands each on at once, so only that
 * window loses any.  The count is printed, not checked.
 */
static void test_killed_with_signals(int rounds)
{
	unsigned long v[4] = { 0 }, sum;
	int nsig = rounds * 20, st;
	struct child c;
	pid_t sender;

	if (start(&c, "signals", NULL)) {
		CHECKF(0, "patient did not start");
		return;
	}
	sender = send_signals(c.pid, nsig, 100, &sum);
	for (int i = 0; i < rounds; i++)
		kill_a_doctor(c.pid, 5000);
	waitpid(sender, &st, 0);
	usleep(300000);
	CHECKF(patient_fine(&c), "patient lost");
	read_counts(c.pid, c.counts, v, 4);
	printf("doctors killed with signals flowing: %d kills, patient fine; %lu of %d signals "
	       "handled (%lu dropped by the kernel with a dying tracer)\n", rounds, v[1], nsig,
	       (unsigned long)nsig - v[1]);
	finish(&c);
}

static void quiet(enum log_level level, const char *message)
{
	(void)level;
	(void)message;
}

int main(int argc, char **argv)
{
	int rounds;

	if (argc < 3) {
		fprintf(stderr, "usage: %s RACES_PROG held|exit|double|ksignals [ROUNDS]\n", argv[0]);
		return 2;
	}
	if (geteuid() != 0) {
		printf("SKIP: needs root to trace\n");
		return 77;
	}
	prog = argv[1];
	rounds = argc > 3 ? atoi(argv[3]) : 0;
	srand((unsigned)getpid());
	signal(SIGPIPE, SIG_IGN);
	log_set_program("test_races");
	/* patients exit and doctors die on purpose: their errors are expected */
	if (getenv("PATIENT_DEBUG"))
		log_set_level(LOG_LEVEL_DEBUG);
	else
		log_set_sink(quiet);
	if (!strcmp(argv[2], "held"))
		test_held_calls(rounds ? rounds : 10000);
	else if (!strcmp(argv[2], "exit"))
		test_exit_race(rounds ? rounds : 60);
	else if (!strcmp(argv[2], "double"))
		test_double_kill(rounds ? rounds : 15);
	else if (!strcmp(argv[2], "ksignals"))
		test_killed_with_signals(rounds ? rounds : 150);
	else
		CHECKF(0, "no test '%s'", argv[2]);
	CHECK_DONE();
}
