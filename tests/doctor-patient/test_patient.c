/*
 * The patient library against real processes (patient_prog): memory of
 * r-x pages, stopping every thread, remote system calls in the middle of
 * blocking ones, the stack check, and a doctor SIGKILLed at random moments
 * in the middle of remote system calls.  Needs root (exit 77 otherwise).
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/patient.h"
#include "tests/check.h"

static const char *prog;

struct child {
	pid_t pid;
	int out, in;	/* its stdout (read end), its stdin (write end) */
	char buf[4096];
	size_t len;
	uint64_t counts, code;
};

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Next line of the child's output within TIMEOUT ms, or NULL. */
static const char *next_line(struct child *c, int timeout_ms)
{
	static char line[4096];
	double end = now_ms() + timeout_ms;

	for (;;) {
		char *nl = memchr(c->buf, '\n', c->len);

		if (nl) {
			size_t n = (size_t)(nl - c->buf);

			memcpy(line, c->buf, n);
			line[n] = '\0';
			memmove(c->buf, nl + 1, c->len - n - 1);
			c->len -= n + 1;
			return line;
		}
		struct pollfd pfd = { c->out, POLLIN, 0 };
		int left = (int)(end - now_ms());

		if (left <= 0 || poll(&pfd, 1, left) <= 0)
			return NULL;
		ssize_t r = read(c->out, c->buf + c->len, sizeof(c->buf) - 1 - c->len);

		if (r <= 0)
			return NULL;
		c->len += (size_t)r;
	}
}

static int start(struct child *c, ...)
{
	int out[2], in[2];
	const char *argv[8] = { prog };
	va_list ap;
	int n = 1;
	const char *l;

	va_start(ap, c);
	while (n < 7 && (argv[n] = va_arg(ap, const char *)))
		n++;
	va_end(ap);
	argv[n] = NULL;
	memset(c, 0, sizeof(*c));
	if (pipe(out) || pipe(in))
		return -1;
	c->pid = fork();
	if (c->pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		close(in[1]);
		close(out[0]);
		execv(prog, (char *const *)argv);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	c->out = out[0];
	c->in = in[1];
	while ((l = next_line(c, 5000))) {
		sscanf(l, "counts %" SCNx64, &c->counts);
		sscanf(l, "code %" SCNx64, &c->code);
		if (!strcmp(l, "ready"))
			return 0;
	}
	return -1;
}

static void stop_child(struct child *c)
{
	kill(c->pid, SIGKILL);
	waitpid(c->pid, NULL, 0);
	close(c->out);
	close(c->in);
}

/* 'R', 'S', 'T', 't', 'Z'... of one thread (0 when gone). */
static char task_state(pid_t pid, pid_t tid)
{
	char name[64], buf[512], *p;
	FILE *f;
	size_t n;

	snprintf(name, sizeof(name), "/proc/%d/task/%d/stat", (int)pid, (int)tid);
	f = fopen(name, "r");
	if (!f)
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');
	return p && p[1] == ' ' ? p[2] : 0;
}

static int list_threads(pid_t pid, pid_t *tids, int max);

/* Waits up to 5 s until a thread of PID sleeps in read(2). */
static int wait_thread_in_read(pid_t pid)
{
	pid_t tids[64];

	for (int tries = 0; tries < 500; tries++) {
		int n = list_threads(pid, tids, 64);

		for (int i = 0; i < n; i++) {
			char name[64], buf[64];
			FILE *f;

			snprintf(name, sizeof(name), "/proc/%d/task/%d/syscall", (int)pid, (int)tids[i]);
			f = fopen(name, "r");
			if (!f)
				continue;
			buf[0] = '\0';
			if (!fgets(buf, sizeof(buf), f))
				buf[0] = '\0';
			fclose(f);
			if (!strncmp(buf, "0 ", 2) && task_state(pid, tids[i]) == 'S')
				return 0;
		}
		usleep(10000);
	}
	return -1;
}

static int list_threads(pid_t pid, pid_t *tids, int max)
{
	char name[64];
	struct dirent *de;
	int n = 0;
	DIR *d;

	snprintf(name, sizeof(name), "/proc/%d/task", (int)pid);
	d = opendir(name);
	if (!d)
		return 0;
	while ((de = readdir(d)) && n < max)
		if (de->d_name[0] != '.')
			tids[n++] = (pid_t)atoi(de->d_name);
	closedir(d);
	return n;
}

static int in_maps(pid_t pid, uint64_t addr)
{
	struct vma *v;
	size_t n;
	int found = 0;

	if (patient_read_maps(pid, &v, &n))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (v[i].start <= addr && addr < v[i].end)
			found = 1;
	free(v);
	return found;
}

static void test_mmap_munmap(void)
{
	struct child c;
	struct patient *p;
	long res = 0, args[6] = { 0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
				  -1, 0 };
	uint64_t addr;

	CHECKF(!start(&c, "threads", "2", NULL), "patient did not start");
	CHECKF(!patient_open(c.pid, &p), "open");
	CHECKF(!patient_remote_syscall(p, SYS_mmap, args, &res), "mmap not run");
	CHECKF(res > 0, "mmap: %ld", res);
	addr = (uint64_t)res;
	CHECKF(in_maps(c.pid, addr) == 1, "mapping at %" PRIx64 " not in maps", addr);
	CHECKF(!patient_write(p, addr, "hello", 6), "write");
	char back[6] = "";
	CHECKF(!patient_read(p, addr, back, 6) && !strcmp(back, "hello"), "read back '%s'", back);
	long margs[6] = { (long)addr, 8192 };
	CHECKF(!patient_remote_syscall(p, SYS_munmap, margs, &res) && res == 0, "munmap: %ld", res);
	CHECKF(in_maps(c.pid, addr) == 0, "mapping at %" PRIx64 " still in maps", addr);
	CHECKF(task_state(c.pid, c.pid) != 't' && task_state(c.pid, c.pid) != 'T', "left stopped");
	patient_close(p);
	stop_child(&c);
	printf("ok: remote mmap/munmap\n");
}

static void test_write_code(void)
{
	/* mov $42, %eax; ret */
	static const uint8_t code[] = { 0xb8, 42, 0, 0, 0, 0xc3 };
	struct child c;
	struct patient *p;
	const char *l;
	int seen = 0;

	CHECKF(!start(&c, "threads", "1", NULL), "patient did not start");
	CHECKF(!patient_open(c.pid, &p), "open");
	CHECKF(!patient_write(p, c.code, code, sizeof(code)), "write into r-x");
	while (!seen && (l = next_line(&c, 2000)))
		seen = !strcmp(l, "probe 42");
	CHECKF(seen, "the patient did not run the new code");
	patient_close(p);
	stop_child(&c);
	printf("ok: write into an r-x page of a running patient\n");
}

static int read_counts(struct patient *p, const struct child *c, unsigned long *v, int n)
{
	return patient_read(p, c->counts, v, n * sizeof(*v));
}

static void test_stop_resume(void)
{
	unsigned long a[9], b[9], d[9];
	struct child c;
	struct patient *p;
	pid_t tids[16];
	int n = 0;

	CHECKF(!start(&c, "threads", "8", NULL), "patient did not start");
	CHECKF(!patient_open(c.pid, &p), "open");
	/* all nine threads up, however busy the machine */
	for (int tries = 0; tries < 500 && list_threads(c.pid, tids, 16) < 9; tries++)
		usleep(10000);
	for (int round = 0; round < 20; round++) {
		CHECKF(!patient_stop_all(p), "stop_all");
		CHECKF(!read_counts(p, &c, a, 9), "read");
		usleep(5000);
		CHECKF(!read_counts(p, &c, b, 9), "read");
		CHECKF(!memcmp(a, b, sizeof(a)), "a thread counted while stopped");
		if (round == 0) {
			n = list_threads(c.pid, tids, 16);
			for (int i = 0; i < n; i++)
				CHECKF(task_state(c.pid, tids[i]) == 't', "thread %d is '%c'", tids[i],
				      task_state(c.pid, tids[i]));
		}
		CHECKF(!patient_resume_all(p), "resume_all");
	}
	CHECKF(n == 9, "%d threads seen", n);
	read_counts(p, &c, a, 9);
	/* up to two seconds: on a loaded machine a thread may wait for a CPU */
	for (int tries = 0, moving = 0; tries < 200 && !moving; tries++) {
		usleep(10000);
		read_counts(p, &c, d, 9);
		moving = 1;
		for (int i = 0; i < 9; i++)
			moving &= d[i] > a[i];
	}
	for (int i = 0; i < 9; i++)
		CHECKF(d[i] > a[i], "thread %d stopped counting", i);
	for (int i = 0; i < n; i++)
		CHECKF(task_state(c.pid, tids[i]) != 't', "thread %d left stopped", tids[i]);
	patient_close(p);
	stop_child(&c);
	printf("ok: stop_all/resume_all, 8 busy threads, 20 rounds\n");
}

static void test_syscall_in_read(void)
{
	long res, args[6] = { 0 };
	struct child c;
	struct patient *p;
	const char *l;

	CHECKF(!start(&c, "read", NULL), "patient did not start");
	usleep(100000);
	CHECKF(task_state(c.pid, c.pid) == 'S', "not blocked");
	CHECKF(!patient_open(c.pid, &p), "open");
	for (int i = 0; i < 50; i++) {
		CHECKF(!patient_remote_syscall(p, SYS_getpid, args, &res) && res == c.pid,
		      "getpid %ld", res);
		if (i == 25)
			kill(c.pid, SIGUSR1);	/* a signal meanwhile: SA_RESTART is off */
	}
	patient_close(p);
	usleep(50000);
	CHECKF(write(c.in, "data", 4) == 4, "write");
	l = next_line(&c, 2000);
	/* the handler ran once; read() is not restarted over a handler without SA_RESTART */
	if (l && !strcmp(l, "signal 10")) {
		l = next_line(&c, 2000);
		CHECKF(l && (!strcmp(l, "read 4 data errno 0") || !strcmp(l, "read -1  errno 4")),
		      "after the signal: %s", l ? l : "(nothing)");
	} else {
		CHECKF(0, "no signal seen: %s", l ? l : "(nothing)");
	}
	stop_child(&c);

	CHECKF(!start(&c, "read", NULL), "patient did not start");
	usleep(100000);
	CHECKF(!patient_open(c.pid, &p), "open");
	for (int i = 0; i < 50; i++)
		CHECKF(!patient_remote_syscall(p, SYS_getpid, args, &res) && res == c.pid,
		      "getpid %ld", res);
	patient_close(p);
	usleep(50000);
	CHECKF(write(c.in, "later", 5) == 5, "write");
	l = next_line(&c, 2000);
	CHECKF(l && !strcmp(l, "read 5 later errno 0"), "read() gave: %s", l ? l : "(nothing)");
	stop_child(&c);
	printf("ok: remote syscalls while blocked in read()\n");
}

static void test_syscall_in_sleep(void)
{
	long res, args[6] = { 0 };
	struct child c;
	struct patient *p;
	const char *l;
	long ms = 0, rc = -1, err = -1;

	CHECKF(!start(&c, "sleep", "600", NULL), "patient did not start");
	usleep(100000);
	CHECKF(!patient_open(c.pid, &p), "open");
	for (int i = 0; i < 50; i++)
		CHECKF(!patient_remote_syscall(p, SYS_getpid, args, &res) && res == c.pid,
		      "getpid %ld", res);
	patient_close(p);
	l = next_line(&c, 3000);
	CHECKF(l && sscanf(l, "slept %ld rc %ld errno %ld", &ms, &rc, &err) == 3, "%s",
	      l ? l : "(nothing)");
	CHECKF(rc == 0 && ms >= 600 && ms < 1500, "nanosleep: %s", l ? l : "(nothing)");
	stop_child(&c);
	printf("ok: remote syscalls during nanosleep (slept %ld ms)\n", ms);
}

/* [start, end) of SYMBOL in the patient program. */
static int symbol_range(const char *symbol, uint64_t base_addr, uint64_t *start, uint64_t *end)
{
	char cmd[512], line[512], name[256];
	unsigned long long value, size, at = 0, sz = 0;
	char type;
	FILE *f;

	snprintf(cmd, sizeof(cmd), "nm -S --defined-only %s", prog);
	f = popen(cmd, "r");
	if (!f)
		return -1;
	uint64_t code_value = 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%llx %llx %c %255s", &value, &size, &type, name) != 4)
			continue;
		if (!strcmp(name, symbol)) {
			at = value;
			sz = size;
		}
		if (!strcmp(name, "code_probe"))
			code_value = value;
	}
	pclose(f);
	if (!sz || !code_value)
		return -1;
	*start = base_addr - code_value + at;
	*end = *start + sz;
	return 0;
}

/*
 * A range whose addresses fill the stack as data but where no frame can
 * be: the [stack] mapping itself (saved frame pointers, buffers).  The
 * scan sees its words; the unwind, reaching _start through unwind
 * information alone, must clear the thread all the same.
 */
static void stack_words_alone(struct child *c)
{
	struct code_range r = { 0, 0, "[stack]", 0 };
	const char *busy = NULL;
	struct patient *p;
	struct vma *vmas;
	size_t n;
	int ret;

	CHECKF(!patient_read_maps(c->pid, &vmas, &n), "maps");
	for (size_t i = 0; i < n; i++)
		if (!strcmp(vmas[i].path, "[stack]")) {
			r.start = vmas[i].start;
			r.end = vmas[i].end;
		}
	free(vmas);
	CHECKF(r.start, "no [stack] mapping");
	CHECKF(!patient_open(c->pid, &p), "open");
	ret = patient_wait_until_safe(p, &r, 1, 300, &busy);
	CHECKF(ret == 0, "a complete unwind did not clear a stack of stray words: %d (%s)", ret,
	       busy ? busy : "NULL");
	if (!ret)
		patient_resume_all(p);
	patient_close(p);
	printf("ok: wait_until_safe clears a thread whose stack words alone point into a range\n");
}

static void test_wait_until_safe(void)
{
	struct code_range r = { 0 };
	struct child c;
	struct patient *p;
	const char *busy = NULL;
	double t0, t;
	long res, args[6] = { 0 };
	int ret;

	CHECKF(!start(&c, "read", NULL), "patient did not start");
	CHECKF(!wait_thread_in_read(c.pid), "the thread never blocked in parked()");
	CHECKF(!symbol_range("parked", c.code, &r.start, &r.end), "no symbol 'parked'");
	r.name = "parked";
	CHECKF(!patient_open(c.pid, &p), "open");
	t0 = now_ms();
	ret = patient_wait_until_safe(p, &r, 1, 300, &busy);
	t = now_ms() - t0;
	CHECKF(ret == -ERR_BUSY && busy && !strcmp(busy, "parked"), "ret %d busy %s", ret,
	      busy ? busy : "NULL");
	CHECKF(t >= 290 && t < 3000, "took %.1f ms", t);	/* the doctor counts whole ms */
	CHECKF(task_state(c.pid, c.pid) != 't', "left stopped");
	stack_words_alone(&c);
	/* still alive and working */
	CHECKF(!patient_remote_syscall(p, SYS_getpid, args, &res) && res == c.pid, "getpid");
	patient_close(p);
	CHECKF(write(c.in, "x", 1) == 1, "write");
	const char *l = next_line(&c, 2000);
	CHECKF(l && !strcmp(l, "read 1 x errno 0"), "read() gave: %s", l ? l : "(nothing)");
	stop_child(&c);
	printf("ok: wait_until_safe refuses a thread parked in a function (%.0f ms)\n", t);

	/* a function no thread is in: the stop it costs, for 1 and 4 threads */
	for (int nthreads = 0; nthreads <= 3; nthreads += 3) {
		char arg[8];
		double best = 1e9, sum = 0;

		snprintf(arg, sizeof(arg), "%d", nthreads);
		CHECKF(!start(&c, "threads", arg, NULL), "patient did not start");
		usleep(50000);
		CHECKF(!symbol_range("parked", c.code, &r.start, &r.end), "no symbol 'parked'");
		CHECKF(!patient_open(c.pid, &p), "open");
		for (int i = 0; i < 20; i++) {
			t0 = now_ms();
			ret = patient_wait_until_safe(p, &r, 1, 1000, &busy);
			t = now_ms() - t0;
			CHECKF(ret == 0, "ret %d", ret);
			CHECKF(task_state(c.pid, c.pid) == 't', "not stopped");
			patient_resume_all(p);
			sum += t;
			if (t < best)
				best = t;
		}
		patient_close(p);
		stop_child(&c);
		printf("ok: wait_until_safe stop with %d thread(s): first-run average %.2f ms, "
		       "best %.2f ms\n", nthreads + 1, sum / 20, best);
	}
}

static int counter_advances(pid_t pid, uint64_t addr)
{
	unsigned long a, b = 0;
	struct patient *p;
	int ret;

	/* quiet: the patient may be gone */
	log_set_level(LOG_LEVEL_WARN);
	if (patient_open(pid, &p))
		return 0;
	ret = !patient_read(p, addr, &a, sizeof(a));
	/* up to a second: on a loaded machine the patient may wait for a CPU */
	for (int i = 0; ret && i < 50; i++) {
		usleep(20000);
		ret = !patient_read(p, addr, &b, sizeof(b));
		if (ret && b > a)
			break;
	}
	ret = ret && b > a;
	patient_close(p);
	return ret;
}

/* Forks a doctor running remote getpid() on PID in a loop; SIGKILLs it after
 * 0-20 ms.  0 when it was killed mid-work as meant. */
static int kill_a_doctor(pid_t pid)
{
	int fds[2], st;
	pid_t doctor;
	char s;

	if (pipe(fds))
		return -1;
	doctor = fork();
	if (doctor == 0) {
		struct patient *p;
		long res, args[6] = { 0 };

		log_set_level(LOG_LEVEL_WARN);
		if (patient_open(pid, &p))
			_exit(1);
		if (write(fds[1], "g", 1) != 1)
			_exit(1);
		for (;;)
			if (patient_remote_syscall(p, SYS_getpid, args, &res) || res != pid)
				_exit(2);
	}
	close(fds[1]);
	if (read(fds[0], &s, 1) != 1)
		CHECKF(0, "doctor did not start");
	close(fds[0]);
	usleep((useconds_t)(rand() % 20001));
	kill(doctor, SIGKILL);
	waitpid(doctor, &st, 0);
	CHECKF(WIFSIGNALED(st), "the doctor stopped by itself (status %x)", st);
	return WIFSIGNALED(st) ? 0 : -1;
}

/* Alive, not left stopped, and (with a counter) running. */
static int patient_fine(struct child *c, int counting, int round)
{
	char state = task_state(c->pid, c->pid);
	int st = 0, alive = waitpid(c->pid, &st, WNOHANG) == 0;

	if (alive && state != 'T' && state != 't' &&
	    (!counting || counter_advances(c->pid, c->counts)))
		return 1;
	fprintf(stderr, "round %d: patient lost (alive %d, state '%c', %s %d)\n", round, alive,
		state ? state : '?', WIFSIGNALED(st) ? "signal" : "status",
		WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
	return 0;
}

/* A doctor SIGKILLed in the middle of remote system calls. */
static void test_killed_doctor(int rounds)
{
	struct child c;
	int lost = 0, lost_read = 0;
	const char *l;

	srand((unsigned)getpid());
	/* a busy patient whose main thread loops over usleep() */
	CHECKF(!start(&c, "threads", "1", NULL), "patient did not start");
	for (int i = 0; i < rounds; i++) {
		kill_a_doctor(c.pid);
		if (patient_fine(&c, 1, i))
			continue;
		lost++;
		stop_child(&c);
		CHECKF(!start(&c, "threads", "1", NULL), "patient did not start");
	}
	stop_child(&c);

	/* a patient blocked in read(): afterwards the read still gets its data */
	for (int i = 0; i < rounds / 4; i++) {
		CHECKF(!start(&c, "read", NULL), "patient did not start");
		usleep(20000);
		for (int k = 0; k < 4; k++)
			kill_a_doctor(c.pid);
		if (patient_fine(&c, 0, i)) {
			CHECKF(write(c.in, "data", 4) == 4, "write");
			l = next_line(&c, 2000);
			if (!l || strcmp(l, "read 4 data errno 0")) {
				fprintf(stderr, "round %d: read() gave: %s\n", i, l ? l : "(nothing)");
				lost_read++;
			}
		} else {
			lost_read++;
		}
		stop_child(&c);
	}
	printf("killed doctor: %d rounds on a busy patient, lost patients: %d; "
	       "%d rounds x 4 on a patient in read(), lost: %d\n", rounds, lost, rounds / 4,
	       lost_read);
	CHECKF(lost == 0 && lost_read == 0, "%d + %d patients lost", lost, lost_read);
}

int main(int argc, char **argv)
{
	const char *only = argc > 2 ? argv[2] : NULL;

	if (argc < 2) {
		fprintf(stderr, "usage: %s PATIENT_PROG [TEST]\n", argv[0]);
		return 2;
	}
	if (geteuid() != 0) {
		printf("SKIP: needs root to trace\n");
		return 77;
	}
	prog = argv[1];
	signal(SIGPIPE, SIG_IGN);
	log_set_program("test_patient");
	if (getenv("PATIENT_DEBUG"))
		log_set_level(LOG_LEVEL_DEBUG);
	if (!only || !strcmp(only, "mmap"))
		test_mmap_munmap();
	if (!only || !strcmp(only, "write"))
		test_write_code();
	if (!only || !strcmp(only, "stop"))
		test_stop_resume();
	if (!only || !strcmp(only, "read"))
		test_syscall_in_read();
	if (!only || !strcmp(only, "sleep"))
		test_syscall_in_sleep();
	if (!only || !strcmp(only, "safe"))
		test_wait_until_safe();
	if (!only || !strcmp(only, "killed"))
		test_killed_doctor(argc > 3 ? atoi(argv[3]) : 60);
	CHECK_DONE();
}
