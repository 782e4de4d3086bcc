/*
 * A system call run inside the patient, x86-64.  One thread is borrowed:
 * its registers are pointed at a stub written into code padding nobody
 * executes,
 *
 *	syscall
 *	push $rflags; popfq		(on the stack, below the red zone)
 *	movabs $value, %reg		(all sixteen, %rsp last)
 *	jmp *0(%rip); .quad rip
 *
 * so that if the doctor dies at any moment the kernel lets the thread go
 * and it restores its own registers and carries on.  While the doctor
 * lives it does better than the stub: it asks for one more stop on the
 * way back to user mode (inside the kernel's signal handling) and puts the
 * original registers back there, so an interrupted system call is
 * restarted, or a pending signal delivered, exactly as the kernel would
 * have done without us.  A signal that comes before the call is delivered
 * over the original registers, never on the stub, and the call tried again.
 * The stub goes to a slot no killed doctor's stub occupies (see maps.c).
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>

#include "common/log.h"
#include "doctor/patient_internal.h"

#define STUB_ROOM	192	/* bytes of padding a stub slot takes (the stub is 184) */
#define STACK_GAP	256	/* below the caller's rsp: past the 128-byte red zone */
#define MAX_RETRIES	64	/* each one hands a signal on to the patient */

#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ERESTART_RESTARTBLOCK	516
#define NR_restart_syscall	219

/* Where the thread really continues: a system call interrupted with a
 * restart code is run again, as the kernel would do on its way out. */
static void resume_point(const struct user_regs_struct *orig, struct user_regs_struct *eff)
{
	long ax = (long)orig->rax;

	*eff = *orig;
	if ((long)orig->orig_rax < 0)
		return;
	switch (-ax) {
	case ERESTARTSYS:
	case ERESTARTNOINTR:
	case ERESTARTNOHAND:
		eff->rax = orig->orig_rax;
		eff->rip -= 2;
		break;
	case ERESTART_RESTARTBLOCK:
		eff->rax = NR_restart_syscall;
		eff->rip -= 2;
		break;
	}
}

static uint8_t *put_movabs(uint8_t *s, int reg, uint64_t value)
{
	*s++ = reg >= 8 ? 0x49 : 0x48;
	*s++ = 0xb8 + (reg & 7);
	memcpy(s, &value, 8);
	return s + 8;
}

/* The stub returning to EFF; its length. */
static size_t build_stub(uint8_t *stub, const struct user_regs_struct *eff)
{
	const uint64_t regs[16] = {
		eff->rax, eff->rcx, eff->rdx, eff->rbx, 0 /* rsp: last */, eff->rbp, eff->rsi,
		eff->rdi, eff->r8, eff->r9, eff->r10, eff->r11, eff->r12, eff->r13, eff->r14,
		eff->r15,
	};
	uint32_t flags = (uint32_t)eff->eflags;
	uint8_t *s = stub;

	*s++ = 0x0f;			/* syscall */
	*s++ = 0x05;
	*s++ = 0x68;			/* push $imm32 */
	memcpy(s, &flags, 4);
	s += 4;
	*s++ = 0x9d;			/* popfq */
	for (int reg = 0; reg < 16; reg++)
		if (reg != 4)
			s = put_movabs(s, reg, regs[reg]);
	s = put_movabs(s, 4, eff->rsp);
	*s++ = 0xff;			/* jmp *0(%rip) */
	*s++ = 0x25;
	memset(s, 0, 4);
	s += 4;
	memcpy(s, &eff->rip, 8);
	s += 8;
	return (size_t)(s - stub);
}

/* The registers that run the call: the stub's, with no syscall to restart. */
static void call_regs(const struct user_regs_struct *orig, uint64_t stub, long nr,
		      const long args[6], struct user_regs_struct *r)
{
	*r = *orig;
	r->rip = stub;
	r->rsp = (orig->rsp - STACK_GAP) & ~(uint64_t)15;
	r->orig_rax = (uint64_t)-1;
	r->rax = (uint64_t)nr;
	r->rdi = (uint64_t)args[0];
	r->rsi = (uint64_t)args[1];
	r->rdx = (uint64_t)args[2];
	r->r10 = (uint64_t)args[3];
	r->r8 = (uint64_t)args[4];
	r->r9 = (uint64_t)args[5];
}

enum call_state { CALL_BEFORE, CALL_INSIDE, CALL_RETURNING };

/* Outcome of one attempt. */
enum attempt { ATTEMPT_DONE, ATTEMPT_AGAIN };

/*
 * Runs the stub in the stopped thread T and puts ORIG back; T stays in its
 * last stop.  Returns 0 or -errno, *again when a signal came first: it was
 * delivered over ORIG, T stopped at its handler, and the call not made.
 */
static int drive(struct patient *p, struct thread *t, const struct user_regs_struct *orig,
		 const struct user_regs_struct *call, long *result, int *again)
{
	enum call_state state = CALL_BEFORE;
	struct user_regs_struct r;
	int st, ret, sig = 0;

	*again = 0;
	if (ptrace(PTRACE_SETREGS, t->tid, NULL, call))
		return -errno;
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
			if (ptrace(PTRACE_GETREGS, t->tid, NULL, &r))
				return -errno;
			*result = (long)r.rax;
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
			if (ptrace(PTRACE_SETREGS, t->tid, NULL, orig))
				return -errno;
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
	if (ptrace(PTRACE_SETREGS, t->tid, NULL, orig))
		return -errno;
	return 0;
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

/* Writes the stub's bytes; T is attached, for kernels that want a tracer. */
static int put_bytes(struct patient *p, struct thread *t, uint64_t at, const void *buf, size_t len)
{
	if (!patient_mem_write(p, at, buf, len))
		return 0;
	return patient_poke(t->tid, at, buf, len);
}

/* One attempt; *again when it has to be made again. */
static int attempt(struct patient *p, long nr, const long args[6], long *result, int *again)
{
	struct user_regs_struct orig, eff, call;
	uint8_t saved[STUB_ROOM], stub[STUB_ROOM];
	struct thread own, *t;
	uint64_t stub_at;
	int ret, wret;
	size_t len;
	pid_t tid;

	*again = 0;
	tid = pick_thread(p);
	if (tid <= 0)
		return -ESRCH;
	t = patient_find_thread(p, tid);
	if (!t) {
		ret = thread_attach(p, tid, &own);
		if (ret)
			return ret;
		t = &own;
	}
	if (ptrace(PTRACE_GETREGS, t->tid, NULL, &orig)) {
		ret = -errno;
		goto out;
	}
	/* the thread may be on its way through a killed doctor's stub */
	ret = patient_find_code_slot(p, STUB_ROOM, orig.rip, &stub_at);
	if (ret)
		goto out;
	resume_point(&orig, &eff);
	len = build_stub(stub, &eff);
	ret = patient_mem_read(p, stub_at, saved, len);
	if (ret)
		goto out;
	ret = put_bytes(p, t, stub_at, stub, len);
	if (ret)
		goto out;
	call_regs(&orig, stub_at, nr, args, &call);
	ret = drive(p, t, &orig, &call, result, again);
	if (ret) {
		/* leave the thread where the stub would: no restart left pending */
		eff.orig_rax = (uint64_t)-1;
		if (ptrace(PTRACE_SETREGS, t->tid, NULL, &eff))
			pr_debug("pid %d: thread %d: registers not put back: %s\n", (int)p->pid,
				 (int)t->tid, strerror(errno));
	}
	wret = put_bytes(p, t, stub_at, saved, len);
	if (!ret)
		ret = wret;
out:
	if (t == &own)
		thread_detach(p, &own);
	return ret;
}

int patient_remote_syscall(struct patient *p, long nr, const long args[6], long *result)
{
	int ret, again, tries = 0;

	do {
		ret = attempt(p, nr, args, result, &again);
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
		if (ret != -EPERM)
			pr_warn("pid %d: system call %ld could not be run: %s\n", (int)p->pid, nr,
				strerror(-ret));
		return ret;
	}
	pr_debug("pid %d: remote system call %ld = %ld\n", (int)p->pid, nr, *result);
	return 0;
}
