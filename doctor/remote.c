/*
 * A system call run inside the patient: the ptrace conversation around the
 * stub that arch/<arch>/remote.c builds.  While the doctor lives it does
 * better than the stub: it asks for one more stop on the way back to user
 * mode (inside the kernel's signal handling) and puts the original
 * registers back there, so an interrupted system call is restarted, or a
 * pending signal delivered, exactly as the kernel would have done without
 * us.  A signal that comes before the call is delivered over the original
 * registers, never on the stub, and the call tried again.  The stub goes to
 * a slot no killed doctor's stub occupies (see maps.c).  Before the stub
 * is written, the borrowed thread's seccomp filters are run on the exact
 * call (seccomp.c): a call they would not simply allow is never made.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/patient_arch.h"
#include "doctor/patient_maps.h"
#include "doctor/patient_threads.h"
#include "doctor/seccomp.h"

#define MAX_RETRIES	64	/* each one hands a signal on to the patient */

enum call_state { CALL_BEFORE, CALL_INSIDE, CALL_RETURNING };

/*
 * Runs the stub of C in the stopped thread T and puts its original
 * registers back; T stays in its last stop.  Returns 0 or -errno, *again
 * when a signal came first: it was delivered over the original registers,
 * T stopped at its handler, and the call not made.
 */
static int drive(struct patient *p, struct thread *t, const struct arch_syscall *c, long *result,
		 int *again)
{
	enum call_state state = CALL_BEFORE;
	int st, ret, sig = 0;

	*again = 0;
	ret = arch_syscall_enter(t->tid, c);
	if (ret)
		return ret;
	for (;;) {
		if (ptrace(PTRACE_SYSCALL, t->tid, NULL, (void *)(long)sig))
			return -errno;
		sig = 0;
		ret = thread_wait_stop(p, t, &st);
		if (ret)
			return ret;
		if (t->stop == STOP_SYSCALL) {
			if (state == CALL_BEFORE) {
				state = CALL_INSIDE;
				continue;
			}
			ret = arch_syscall_result(t->tid, result);
			if (ret)
				return ret;
			state = CALL_RETURNING;
			/* one more stop, inside the kernel's signal handling */
			if (ptrace(PTRACE_INTERRUPT, t->tid, NULL, NULL))
				return -errno;
			continue;
		}
		if (t->stop == STOP_SIGNAL) {
			if (state == CALL_INSIDE) {
				/* cannot happen between entry and exit: pass it on */
				sig = t->sig;
				t->sig = 0;
				continue;
			}
			/*
			 * Never on the stub: its handler would see our registers,
			 * its own system calls would pass for ours, and an
			 * interrupted call would be restarted past a handler that
			 * wants EINTR.  The signal goes where it belongs, over the
			 * original registers, and T stops again at the handler.
			 */
			ret = arch_syscall_restore(t->tid, c);
			if (ret)
				return ret;
			ret = thread_deliver_signal(p, t);
			if (ret)
				return ret;
			*again = state == CALL_BEFORE;
			return 0;
		}
		/* an event stop: ours if the call is done, else a group stop */
		if (state == CALL_RETURNING)
			break;
	}
	return arch_syscall_restore(t->tid, c);
}

/*
 * The thread to borrow: the main one unless it is gone or a zombie.  Among
 * stopped threads, one that is not the leader: should the process die
 * meanwhile, a leader's end is reported only after every other thread's,
 * and those are held by us.
 */
static pid_t pick_thread(struct patient *p)
{
	pid_t *tids, tid = p->pid;
	size_t n;

	if (p->nthreads) {
		for (size_t i = 0; i < p->nthreads; i++)
			if (p->threads[i].tid != p->pid)
				return p->threads[i].tid;
		return p->threads[0].tid;
	}
	if (!thread_is_dead(p->pid, p->pid))
		return p->pid;
	if (patient_list_tasks(p->pid, &tids, &n))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (!thread_is_dead(p->pid, tids[i])) {
			tid = tids[i];
			break;
		}
	free(tids);
	return tid;
}

int patient_borrow_thread(struct patient *p)
{
	pid_t tid;
	int ret;

	if (p->nthreads || p->borrowing)
		return 0;
	tid = pick_thread(p);
	if (tid <= 0)
		return patient_gone(p);
	patient_hold(p);
	ret = thread_attach(p, tid, &p->borrowed);
	if (ret) {
		patient_release(p);
		return ret == -ESRCH ? patient_gone(p) : ret;
	}
	p->borrowing = 1;
	return 0;
}

void patient_prepare_remote(struct patient *p)
{
	uint64_t at;

	if (!p->nthreads && !p->borrowing)
		patient_find_code_slot(p, arch_syscall_stub_room(), 0, &at);
}

void patient_return_thread(struct patient *p)
{
	thread_give_back(p);
}

/* Writes the stub's bytes; T is attached, for kernels that want a tracer. */
static int put_bytes(struct patient *p, struct thread *t, uint64_t at, const void *buf, size_t len)
{
	if (!patient_mem_write(p, at, buf, len))
		return 0;
	return patient_poke(t->tid, at, buf, len);
}

/* The name of a call the doctor injects, for messages. */
static const char *call_name(long nr, char *buf, size_t size)
{
	switch (nr) {
	case SYS_mmap: return "mmap";
	case SYS_munmap: return "munmap";
	case SYS_mprotect: return "mprotect";
	case SYS_prctl: return "prctl";
	}
	snprintf(buf, size, "system call %ld", nr);
	return buf;
}

/*
 * A thread has one restart block: the kernel's note of how to resume an
 * interrupted relative sleep, poll or timed futex wait.  A sleep clears it
 * on entry, and any call of that kind interrupted in turn leaves its own
 * note there: made over a thread whose own call waits on its note, the
 * thread's call would end early with EINTR.  The doctor's own calls are
 * never of that kind; any caller asking for one then is refused.
 */
static int uses_restart_block(long nr)
{
	switch (nr) {
	case SYS_nanosleep:
	case SYS_clock_nanosleep:	/* both reset the block on entry */
	case SYS_poll:
	case SYS_futex:
	case SYS_restart_syscall:
		return 1;
	}
	return 0;
}

/* One attempt; *again when it has to be made again. */
static int attempt(struct patient *p, long nr, const long args[6], long *result, int *again,
		   int quiet)
{
	struct seccomp_data sd;
	char name[48];
	uint8_t saved[ARCH_STUB_MAX], stub[ARCH_STUB_MAX];
	struct arch_syscall *c = NULL;
	struct thread own, *t;
	uint64_t stub_at;
	int ret, wret;
	size_t len;
	pid_t tid;

	*again = 0;
	tid = p->borrowing ? p->borrowed.tid : pick_thread(p);
	if (tid <= 0)
		return -ESRCH;
	t = p->borrowing ? &p->borrowed : patient_find_thread(p, tid);
	if (!t) {
		/* the one thread is stopped for this call alone */
		patient_hold(p);
		ret = thread_attach(p, tid, &own);
		if (ret) {
			patient_release(p);
			return ret;
		}
		t = &own;
	}
	c = arch_syscall_begin(t->tid);
	if (!c) {
		ret = -errno;
		goto out;
	}
	if (uses_restart_block(nr) && arch_syscall_restart_block(c)) {
		pr_warn("pid %d: thread %d is inside an interrupted system call that the kernel "
			"resumes from its restart block, which %s would overwrite; not run\n",
			(int)p->pid, (int)t->tid, call_name(nr, name, sizeof(name)));
		ret = -ERR_UNSUPPORTED;
		goto out;
	}
	/* the thread may be on its way through a killed doctor's stub */
	ret = patient_find_code_slot(p, arch_syscall_stub_room(), arch_syscall_pc(c), &stub_at);
	if (ret)
		goto out;
	len = arch_syscall_stub(c, stub_at, nr, args, stub);
	arch_syscall_seccomp_data(c, &sd);
	ret = seccomp_check(p, t->tid, &sd, call_name(nr, name, sizeof(name)), quiet);
	if (ret)
		goto out;
	ret = patient_mem_read(p, stub_at, saved, len);
	if (ret)
		goto out;
	ret = put_bytes(p, t, stub_at, stub, len);
	if (ret)
		goto out;
	ret = drive(p, t, c, result, again);
	if (ret && arch_syscall_abandon(t->tid, c))
		pr_debug("pid %d: thread %d: registers not put back: %s\n", (int)p->pid,
			 (int)t->tid, strerror(errno));
	wret = put_bytes(p, t, stub_at, saved, len);
	if (!ret)
		ret = wret;
out:
	arch_syscall_end(c);
	if (t == &own) {
		thread_detach(p, &own);
		patient_release(p);
	}
	return ret;
}

static int remote_syscall(struct patient *p, long nr, const long args[6], long *result, int quiet)
{
	int ret, again, tries = 0;

	do {
		ret = attempt(p, nr, args, result, &again, quiet);
	} while (!ret && again && ++tries < MAX_RETRIES);
	if (!ret && again)
		ret = -EAGAIN;
	if (ret == -ESRCH || (ret && !patient_alive(p)))
		return patient_gone(p);
	if (ret == -ENOSPC) {
		pr_warn("pid %d: no room for the system call stub in any executable mapping\n",
			(int)p->pid);
		return ret;
	}
	if (ret) {
		if (ret != -EPERM && ret != -ERR_SECCOMP && ret != -ERR_UNSUPPORTED)
			pr_warn("pid %d: system call %ld could not be run: %s\n", (int)p->pid, nr,
				strerror(-ret));
		return ret;
	}
	pr_debug("pid %d: remote system call %ld = %ld\n", (int)p->pid, nr, *result);
	return 0;
}

int patient_remote_syscall(struct patient *p, long nr, const long args[6], long *result)
{
	return remote_syscall(p, nr, args, result, 0);
}

int patient_remote_syscall_optional(struct patient *p, long nr, const long args[6], long *result)
{
	return remote_syscall(p, nr, args, result, 1);
}
