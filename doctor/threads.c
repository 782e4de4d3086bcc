/*
 * Stopping and resuming every thread.  PTRACE_SEIZE + PTRACE_INTERRUPT
 * stop a thread without sending it a signal, so nothing is queued behind
 * the doctor's back; a thread that was about to take a real signal stops
 * in signal-delivery-stop instead, and detaching with that signal delivers
 * it as if the doctor had never been there.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient_internal.h"

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
		if (WIFEXITED(st) || WIFSIGNALED(st))
			return -ESRCH;
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

int thread_attach(struct patient *p, pid_t tid, struct thread *t)
{
	int ret;

	memset(t, 0, sizeof(*t));
	t->tid = tid;
	if (ptrace(PTRACE_SEIZE, tid, NULL, (void *)(long)PTRACE_O_TRACESYSGOOD)) {
		ret = -errno;
		/* a zombie thread cannot be traced, and needs not be */
		if (ret == -ESRCH || thread_is_dead(p->pid, tid))
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
		ret = -errno;
		pr_debug("pid %d: thread %d: PTRACE_INTERRUPT: %s\n", (int)p->pid, (int)tid,
			 strerror(-ret));
		ptrace(PTRACE_DETACH, tid, NULL, NULL);
		return -ESRCH;
	}
	ret = thread_wait_stop(p, t, NULL);
	if (ret)
		return ret;
	if (t->stop == STOP_SIGNAL)
		pr_debug("pid %d: thread %d stopped taking signal %d; it gets it back at detach\n",
			 (int)p->pid, (int)tid, t->sig);
	return 0;
}

void thread_detach(struct patient *p, struct thread *t)
{
	if (t->stop == STOP_SIGNAL && t->sig) {
		if (ptrace(PTRACE_DETACH, t->tid, NULL, (void *)(long)t->sig))
			pr_debug("pid %d: thread %d: PTRACE_DETACH: %s\n", (int)p->pid,
				 (int)t->tid, strerror(errno));
		t->sig = 0;
		return;
	}
	if (ptrace(PTRACE_DETACH, t->tid, NULL, NULL))
		pr_debug("pid %d: thread %d: PTRACE_DETACH: %s\n", (int)p->pid, (int)t->tid,
			 strerror(errno));
	/* from any other stop the kernel drops the signal: queue it again */
	if (t->sig)
		syscall(SYS_tgkill, p->pid, t->tid, t->sig);
	t->sig = 0;
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
	for (size_t i = 0; i < p->nthreads; i++)
		thread_detach(p, &p->threads[i]);
	p->nthreads = 0;
	return 0;
}

/* One pass over /proc/PID/task; *added counts the threads newly stopped. */
static int stop_new_threads(struct patient *p, size_t *added)
{
	struct thread t;
	pid_t *tids;
	size_t n;
	int ret;

	*added = 0;
	ret = patient_list_tasks(p->pid, &tids, &n);
	if (ret)
		return ret;
	for (size_t i = 0; i < n && !ret; i++) {
		if (patient_find_thread(p, tids[i]))
			continue;
		ret = thread_attach(p, tids[i], &t);
		if (ret == -ESRCH) {
			/* it exited meanwhile, or is a zombie: nothing to stop */
			ret = 0;
			continue;
		}
		if (ret)
			break;
		ret = add_thread(p, &t);
		if (ret)
			thread_detach(p, &t);
		else
			(*added)++;
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
