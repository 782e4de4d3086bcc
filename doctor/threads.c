/*
 * Stopping and resuming every thread.  PTRACE_SEIZE + PTRACE_INTERRUPT
 * stop a thread without sending it a signal, so nothing is queued behind
 * the doctor's back.  A thread that was about to take a real signal stops
 * in signal-delivery-stop instead; the signal is handed on at once and the
 * thread stopped again at the entry of its handler, because a tracer that
 * dies while a thread sits in signal-delivery-stop makes the kernel drop
 * that signal.  A thread that dies while attached is reaped here: a traced
 * zombie would keep its process from being reaped by its parent.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient_threads.h"

int patient_list_tasks(pid_t pid, pid_t **out, size_t *count)
{
	pid_t *list = NULL, *grown;
	size_t n = 0, cap = 0;
	struct dirent *de;
	char name[64];
	DIR *d;

	snprintf(name, sizeof(name), "/proc/%d/task", (int)pid);
	d = opendir(name);
	if (!d)
		return errno == ENOENT ? -ESRCH : -errno;
	while ((de = readdir(d))) {
		char *end;
		long tid = strtol(de->d_name, &end, 10);

		if (*end || tid <= 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			grown = realloc(list, cap * sizeof(*list));
			if (!grown) {
				free(list);
				closedir(d);
				return -ENOMEM;
			}
			list = grown;
		}
		list[n++] = (pid_t)tid;
	}
	closedir(d);
	if (!n) {
		free(list);
		return -ESRCH;
	}
	*out = list;
	*count = n;
	return 0;
}

int thread_is_dead(pid_t pid, pid_t tid)
{
	char name[64], buf[512], *paren;
	ssize_t len;
	int fd;

	snprintf(name, sizeof(name), "/proc/%d/task/%d/stat", (int)pid, (int)tid);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 1;
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0)
		return 1;
	buf[len] = '\0';
	paren = strrchr(buf, ')');
	return !paren || paren[1] != ' ' || paren[2] == 'Z' || paren[2] == 'X';
}

int thread_wait_stop(struct patient *p, struct thread *t, int *status)
{
	int st;

	for (;;) {
		pid_t r = waitpid(t->tid, &st, __WALL);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			pr_debug("pid %d: thread %d: waitpid: %s\n", (int)p->pid, (int)t->tid,
				 strerror(errno));
			return -ESRCH;
		}
		if (WIFEXITED(st) || WIFSIGNALED(st)) {
			patient_note_end(p, st);
			return -ESRCH;
		}
		if (!WIFSTOPPED(st))
			continue;
		if (status)
			*status = st;
		if (st >> 16) {
			/* PTRACE_EVENT_STOP (interrupt or group stop) or another event */
			t->stop = STOP_EVENT;
		} else if (WSTOPSIG(st) == (SIGTRAP | 0x80)) {
			t->stop = STOP_SYSCALL;
		} else {
			t->stop = STOP_SIGNAL;
			t->sig = WSTOPSIG(st);
		}
		return 0;
	}
}

/* 1 when the process is on its way out: its leader is a zombie, or a fatal
 * signal is pending for it ("ShdPnd" holds SIGKILL during exit_group). */
static int process_exiting(const struct patient *p)
{
	char name[64], line[256];
	int exiting = 0;
	FILE *f;

	if (thread_is_dead(p->pid, p->pid))
		return 1;
	snprintf(name, sizeof(name), "/proc/%d/status", (int)p->pid);
	f = fopen(name, "re");
	if (!f)
		return 1;
	while (fgets(line, sizeof(line), f)) {
		unsigned long long mask;

		if (sscanf(line, "ShdPnd: %llx", &mask) == 1 || sscanf(line, "SigPnd: %llx", &mask) == 1)
			exiting |= !!(mask & (1ULL << (SIGKILL - 1)));
	}
	fclose(f);
	return exiting;
}

void thread_reap(struct patient *p, pid_t tid)
{
	int st;

	/* a dead leader is reported only once its threads are: those we hold
	 * first (patient_resume_all comes back for it) */
	if (tid == p->pid && p->nthreads) {
		p->reap_leader = 1;
		return;
	}
	for (;;) {
		pid_t r = waitpid(tid, &st, __WALL);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return;
		if (WIFEXITED(st) || WIFSIGNALED(st)) {
			patient_note_end(p, st);
			return;
		}
		/* a last stop on the way out (or a racing one): let it go on */
		if (!ptrace(PTRACE_DETACH, tid, NULL, NULL))
			return;
		pr_debug("pid %d: thread %d: reaping it\n", (int)p->pid, (int)tid);
	}
}

int thread_deliver_signal(struct patient *p, struct thread *t)
{
	int ret;

	while (t->stop == STOP_SIGNAL) {
		int sig = t->sig;

		pr_debug("pid %d: thread %d: handing on signal %d\n", (int)p->pid, (int)t->tid, sig);
		t->sig = 0;
		/* the interrupt is taken right after the signal is set up */
		if (ptrace(PTRACE_INTERRUPT, t->tid, NULL, NULL) ||
		    ptrace(PTRACE_CONT, t->tid, NULL, (void *)(long)sig)) {
			ret = -errno;
			pr_debug("pid %d: thread %d: cannot hand on signal %d: %s\n", (int)p->pid,
				 (int)t->tid, sig, strerror(-ret));
			thread_reap(p, t->tid);
			return -ESRCH;
		}
		ret = thread_wait_stop(p, t, NULL);
		if (ret)
			return ret;
	}
	return 0;
}

/* Seizes TID and asks it to stop, without waiting for the stop. */
static int thread_seize(struct patient *p, pid_t tid)
{
	int ret;

	if (ptrace(PTRACE_SEIZE, tid, NULL, (void *)(long)PTRACE_O_TRACESYSGOOD)) {
		ret = -errno;
		/* a zombie or exiting thread cannot be traced, and needs not be */
		if (ret == -ESRCH || thread_is_dead(p->pid, tid) || process_exiting(p))
			return -ESRCH;
		if (ret == -EPERM)
			pr_warn("pid %d: cannot attach to thread %d: %s (traced by another process?)\n",
				(int)p->pid, (int)tid, strerror(-ret));
		else
			pr_warn("pid %d: cannot attach to thread %d: %s\n", (int)p->pid, (int)tid,
				strerror(-ret));
		return ret;
	}
	if (ptrace(PTRACE_INTERRUPT, tid, NULL, NULL)) {
		/* it fails only for a thread already on its way out; a leader's
		 * end waits for threads seized beside it: reaped at resume */
		pr_debug("pid %d: thread %d: PTRACE_INTERRUPT: %s\n", (int)p->pid, (int)tid,
			 strerror(errno));
		if (tid == p->pid)
			p->reap_leader = 1;
		else
			thread_reap(p, tid);
		return -ESRCH;
	}
	return 0;
}

/* Waits for the stop a seized thread TID was asked for. */
static int thread_settle(struct patient *p, pid_t tid, struct thread *t)
{
	int ret;

	memset(t, 0, sizeof(*t));
	t->tid = tid;
	ret = thread_wait_stop(p, t, NULL);
	if (ret)
		return ret;
	return thread_deliver_signal(p, t);
}

int thread_attach(struct patient *p, pid_t tid, struct thread *t)
{
	int ret = thread_seize(p, tid);

	memset(t, 0, sizeof(*t));
	t->tid = tid;
	return ret ? ret : thread_settle(p, tid, t);
}

void thread_detach(struct patient *p, struct thread *t)
{
	long sig = t->stop == STOP_SIGNAL ? t->sig : 0;

	if (ptrace(PTRACE_DETACH, t->tid, NULL, (void *)sig)) {
		pr_debug("pid %d: thread %d: PTRACE_DETACH: %s\n", (int)p->pid, (int)t->tid,
			 strerror(errno));
		/* not in a stop any more: killed, it is dying */
		if (errno == ESRCH)
			thread_reap(p, t->tid);
	}
	t->sig = 0;
}

static uint64_t monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000 + (uint64_t)ts.tv_nsec;
}

void patient_hold(struct patient *p)
{
	if (!p->holds++)
		p->held_since = monotonic_ns();
}

void patient_release(struct patient *p)
{
	if (p->holds && !--p->holds)
		p->stopped_ns += monotonic_ns() - p->held_since;
}

uint64_t patient_stopped_ns(const struct patient *p)
{
	return p->stopped_ns;
}

void thread_give_back(struct patient *p)
{
	if (!p->borrowing)
		return;
	p->borrowing = 0;
	thread_detach(p, &p->borrowed);
	patient_release(p);
}

struct thread *patient_find_thread(struct patient *p, pid_t tid)
{
	for (size_t i = 0; i < p->nthreads; i++)
		if (p->threads[i].tid == tid)
			return &p->threads[i];
	return NULL;
}

static int add_thread(struct patient *p, const struct thread *t)
{
	if (p->nthreads == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		struct thread *grown = realloc(p->threads, cap * sizeof(*grown));

		if (!grown)
			return -ENOMEM;
		p->threads = grown;
		p->cap = cap;
	}
	p->threads[p->nthreads++] = *t;
	return 0;
}

int patient_resume_all(struct patient *p)
{
	struct thread leader = { .tid = 0 };
	size_t n = p->nthreads;

	/* the leader last: a dead leader is reported only after its threads */
	for (size_t i = 0; i < n; i++) {
		if (p->threads[i].tid == p->pid)
			leader = p->threads[i];
		else
			thread_detach(p, &p->threads[i]);
	}
	p->nthreads = 0;
	if (leader.tid)
		thread_detach(p, &leader);
	if (p->reap_leader)
		thread_reap(p, p->pid);
	p->reap_leader = 0;
	/* the end of patient_stop_all()'s hold */
	patient_release(p);
	return 0;
}

/*
 * One pass over /proc/PID/task; *added counts the threads newly stopped.
 * Every new thread is asked to stop before the first stop is waited for:
 * waiting thread by thread would let the others run meanwhile, and with
 * more busy threads than CPUs each would wait for its turn on a CPU.
 */
static int stop_new_threads(struct patient *p, size_t *added)
{
	struct thread t;
	pid_t *tids;
	size_t n, seized = 0;
	int ret, err;

	*added = 0;
	ret = patient_list_tasks(p->pid, &tids, &n);
	if (ret)
		return ret;
	for (size_t i = 0; i < n && !ret; i++) {
		if (patient_find_thread(p, tids[i]))
			continue;
		ret = thread_seize(p, tids[i]);
		if (ret == -ESRCH) {
			/* it exited meanwhile, or is a zombie: nothing to stop */
			ret = 0;
			continue;
		}
		if (!ret)
			tids[seized++] = tids[i];
	}
	/*
	 * Every seized thread is waited for and kept, or let go, even after an
	 * error; the leader last: should the process be exiting, the leader's
	 * end is reported only after its other threads are reaped, here.
	 */
	for (size_t i = 0; i + 1 < seized; i++) {
		if (tids[i] == p->pid) {
			tids[i] = tids[seized - 1];
			tids[seized - 1] = p->pid;
		}
	}
	for (size_t i = 0; i < seized; i++) {
		err = thread_settle(p, tids[i], &t);
		if (err == -ESRCH)
			continue;
		if (!err) {
			err = add_thread(p, &t);
			if (err)
				thread_detach(p, &t);
			else
				(*added)++;
		}
		if (err && !ret)
			ret = err;
	}
	free(tids);
	return ret;
}

int patient_stop_all(struct patient *p)
{
	size_t added;
	int ret;

	if (p->nthreads) {
		pr_debug("pid %d: stop_all with threads still stopped\n", (int)p->pid);
		patient_resume_all(p);
	}
	/* the borrowed thread would refuse a second seize */
	thread_give_back(p);
	patient_hold(p);
	do {
		ret = stop_new_threads(p, &added);
	} while (!ret && added);
	if (!ret && (!p->nthreads || !patient_alive(p)))
		ret = -ESRCH;
	if (ret) {
		patient_resume_all(p);
		if (ret == -ESRCH)
			return patient_gone(p);
		if (ret == -ENOMEM)
			pr_warn("pid %d: cannot stop the threads: %s\n", (int)p->pid,
				strerror(-ret));
		return ret;
	}
	pr_debug("pid %d: %zu thread(s) stopped\n", (int)p->pid, p->nthreads);
	return 0;
}
