/*
 * A function call inside the patient: the ptrace conversation around the
 * stub of arch/<arch>/remote.c.  The thread runs the function under
 * PTRACE_SYSCALL: its own system calls pass, the marker's entry gives the
 * result, and after the marker's exit one more stop (inside the kernel's
 * signal handling, as for a remote system call) puts the original
 * registers back.  A signal cannot be handed on in the middle of a
 * function the patient did not call itself: it is held and raised again
 * over the thread's own registers.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/patient_arch.h"
#include "doctor/patient_call.h"
#include "doctor/patient_threads.h"
#include "doctor/seccomp.h"

#define CALL_TIMEOUT_MS	2000	/* a call the precautions let block is left to finish alone */

enum call_state { CALL_RUNNING, CALL_AT_MARKER, CALL_RETURNING };

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/*
 * thread_wait_stop() within DEADLINE.  Past it, T is stopped where it is,
 * in the middle of the function perhaps, and -ETIMEDOUT returned: its
 * registers still run the stub, which finishes the call on its own once T
 * is let go.
 */
static int wait_stop_until(struct patient *p, struct thread *t, uint64_t deadline)
{
	siginfo_t si;

	for (;;) {
		memset(&si, 0, sizeof(si));
		if (waitid(P_PID, t->tid, &si, WEXITED | WSTOPPED | WNOHANG | WNOWAIT | __WALL) &&
		    errno != EINTR)
			return -ESRCH;
		if (si.si_pid)
			return thread_wait_stop(p, t, NULL);
		if (now_ms() > deadline)
			break;
		usleep(200);
	}
	pr_warn("pid %d: thread %d: a call into the process did not return within %d ms; it finishes on its own\n",
		(int)p->pid, (int)t->tid, CALL_TIMEOUT_MS);
	if (ptrace(PTRACE_INTERRUPT, t->tid, NULL, NULL))
		return -ESRCH;
	do {
		if (thread_wait_stop(p, t, NULL))
			return -ESRCH;
	} while (t->stop == STOP_SIGNAL && !thread_deliver_signal(p, t) && t->stop != STOP_EVENT);
	return -ETIMEDOUT;
}

/* A stopped thread with nothing pending, not the leader when another will do. */
static struct thread *pick_stopped(struct patient *p)
{
	struct thread *best = NULL;

	for (size_t i = 0; i < p->nthreads; i++) {
		struct thread *t = &p->threads[i];

		if (t->stop != STOP_EVENT || t->sig)
			continue;
		if (!best || best->tid == p->pid)
			best = t;
	}
	return best;
}

/* Runs the stub entered in T until its registers are back; HELD collects signals. */
static int drive_call(struct patient *p, struct thread *t, const struct arch_syscall *c,
		      uint64_t marker, uint64_t *result, sigset_t *held)
{
	enum call_state state = CALL_RUNNING;
	uint64_t deadline = now_ms() + CALL_TIMEOUT_MS;
	int ret;

	for (;;) {
		if (ptrace(PTRACE_SYSCALL, t->tid, NULL, NULL))
			return -errno;
		ret = wait_stop_until(p, t, deadline);
		if (ret)
			return ret;
		switch (t->stop) {
		case STOP_SYSCALL:
			if (state == CALL_RUNNING) {
				ret = arch_call_at_marker(t->tid, marker, result);
				if (ret < 0)
					return ret;
				if (ret)
					state = CALL_AT_MARKER;
			} else if (state == CALL_AT_MARKER) {
				state = CALL_RETURNING;
				if (ptrace(PTRACE_INTERRUPT, t->tid, NULL, NULL))
					return -errno;
			}
			break;
		case STOP_SIGNAL:
			sigaddset(held, t->sig);
			t->sig = 0;
			break;
		case STOP_EVENT:
			/* ours once the marker is done; before, a group stop */
			if (state == CALL_RETURNING)
				return arch_syscall_restore(t->tid, c);
			break;
		}
	}
}

int patient_remote_call(struct patient *p, const struct remote_call *rc, uint64_t *result)
{
	const struct arch_call call = { rc->func, rc->arg0, rc->arg1, rc->flag, rc->flag_value };
	uint8_t stub[ARCH_STUB_MAX];
	struct seccomp_data sd;
	struct arch_syscall *c;
	struct thread *t = pick_stopped(p);
	uint64_t marker;
	sigset_t held;
	size_t len;
	int ret;

	if (!t)
		return -EAGAIN;
	c = arch_syscall_begin(t->tid);
	if (!c)
		return -errno;
	len = arch_call_stub(c, rc->stub, &call, stub, &marker);
	arch_call_seccomp_data(marker, &sd);
	ret = len > REMOTE_CALL_STUB_ROOM ? -E2BIG : seccomp_check(p, t->tid, &sd, "getpid", 1);
	if (!ret && patient_mem_write(p, rc->stub, stub, len))
		ret = patient_poke(t->tid, rc->stub, stub, len);
	if (!ret)
		ret = arch_syscall_enter(t->tid, c);
	if (ret) {
		arch_syscall_end(c);
		return ret;
	}
	sigemptyset(&held);
	ret = drive_call(p, t, c, marker, result, &held);
	arch_syscall_end(c);
	for (int sig = 1; sig < NSIG; sig++)
		if (sigismember(&held, sig) == 1) {
			pr_debug("pid %d: thread %d: signal %d came during a call, sent again\n",
				 (int)p->pid, (int)t->tid, sig);
			syscall(SYS_tgkill, p->pid, t->tid, sig);
		}
	if (ret == -ESRCH || (ret && !patient_alive(p)))
		return patient_gone(p);
	if (ret && ret != -ETIMEDOUT)
		pr_warn("pid %d: thread %d: a call into the process failed: %s\n", (int)p->pid,
			(int)t->tid, strerror(-ret));
	if (!ret)
		t->stop = STOP_EVENT;
	return ret;
}
