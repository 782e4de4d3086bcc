/*
 * The registers and the stub of a system call run inside the patient,
 * x86-64; doctor/remote.c holds the ptrace conversation around them.
 * One thread is borrowed: its registers are pointed at a stub written into
 * code padding nobody executes,
 *
 *	syscall
 *	push $rflags; popfq		(on the stack, below the red zone)
 *	movabs $value, %reg		(all sixteen, %rsp last)
 *	jmp *0(%rip); .quad rip
 *
 * so that if the doctor dies at any moment the kernel lets the thread go
 * and it restores its own registers and carries on.  The registers it
 * returns to are those the kernel would have resumed: an interrupted
 * system call with a restart code is run again.
 */
#include <errno.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>

#include "doctor/patient_arch.h"

#define STUB_ROOM	192	/* bytes of padding a stub slot takes (the stub is 184) */
#define STACK_GAP	256	/* below the caller's rsp: past the 128-byte red zone */

#define ERESTARTSYS		512
#define ERESTARTNOINTR		513
#define ERESTARTNOHAND		514
#define ERESTART_RESTARTBLOCK	516
#define NR_restart_syscall	219

struct arch_syscall {
	struct user_regs_struct orig;	/* the thread's own */
	struct user_regs_struct eff;	/* where it really continues */
	struct user_regs_struct call;	/* running the stub */
};

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

size_t arch_syscall_stub_room(void)
{
	return STUB_ROOM;
}

struct arch_syscall *arch_syscall_begin(pid_t tid)
{
	struct arch_syscall *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	if (ptrace(PTRACE_GETREGS, tid, NULL, &c->orig)) {
		int err = errno;

		free(c);
		errno = err;
		return NULL;
	}
	resume_point(&c->orig, &c->eff);
	return c;
}

void arch_syscall_end(struct arch_syscall *c)
{
	free(c);
}

uint64_t arch_syscall_pc(const struct arch_syscall *c)
{
	return c->orig.rip;
}

int arch_syscall_restart_block(const struct arch_syscall *c)
{
	return (long)c->orig.orig_rax >= 0 && -(long)c->orig.rax == ERESTART_RESTARTBLOCK;
}

size_t arch_syscall_stub(struct arch_syscall *c, uint64_t stub_at, long nr, const long args[6],
			 uint8_t *stub)
{
	call_regs(&c->orig, stub_at, nr, args, &c->call);
	return build_stub(stub, &c->eff);
}

int arch_syscall_enter(pid_t tid, const struct arch_syscall *c)
{
	return ptrace(PTRACE_SETREGS, tid, NULL, &c->call) ? -errno : 0;
}

int arch_syscall_result(pid_t tid, long *result)
{
	struct user_regs_struct r;

	if (ptrace(PTRACE_GETREGS, tid, NULL, &r))
		return -errno;
	*result = (long)r.rax;
	return 0;
}

void arch_syscall_seccomp_data(const struct arch_syscall *c, struct seccomp_data *sd)
{
	const struct user_regs_struct *r = &c->call;

	memset(sd, 0, sizeof(*sd));
	sd->nr = (int)r->rax;
	sd->arch = AUDIT_ARCH_X86_64;
	sd->instruction_pointer = r->rip + 2;	/* past the 2-byte syscall */
	sd->args[0] = r->rdi;
	sd->args[1] = r->rsi;
	sd->args[2] = r->rdx;
	sd->args[3] = r->r10;
	sd->args[4] = r->r8;
	sd->args[5] = r->r9;
}

int arch_syscall_restore(pid_t tid, const struct arch_syscall *c)
{
	return ptrace(PTRACE_SETREGS, tid, NULL, &c->orig) ? -errno : 0;
}

int arch_syscall_abandon(pid_t tid, const struct arch_syscall *c)
{
	struct user_regs_struct eff = c->eff;

	eff.orig_rax = (uint64_t)-1;
	return ptrace(PTRACE_SETREGS, tid, NULL, &eff) ? -errno : 0;
}

/*
 * A function call in the borrowed thread: the system call stub above,
 * preceded by the call and a store, so that the same tail gives the thread
 * its registers back:
 *
 *	movabs $func, %rax; call *%rax		(rdi, rsi: the arguments)
 *	movabs $flag, %r11; movq $value, (%r11)
 *	mov %rax, %rsi; mov $SYS_getpid, %eax
 *	syscall					(the marker: the doctor reads rsi here)
 *	...the system call stub's tail
 *
 * The stack pointer is the system call stub's, 16-byte aligned below the
 * red zone, as the psABI wants it at a call.
 */
#define NR_getpid	39

static uint8_t *put_bytes2(uint8_t *s, uint8_t a, uint8_t b)
{
	*s++ = a;
	*s++ = b;
	return s;
}

size_t arch_call_stub(struct arch_syscall *c, uint64_t stub_at, const struct arch_call *call,
		      uint8_t *stub, uint64_t *marker)
{
	const long args[6] = { (long)call->arg0, (long)call->arg1, 0, 0, 0, 0 };
	int32_t value = (int32_t)call->flag_value;
	uint8_t *s = stub;

	s = put_movabs(s, 0, call->func);	/* rax */
	s = put_bytes2(s, 0xff, 0xd0);		/* call *%rax */
	s = put_movabs(s, 11, call->flag);	/* r11 */
	s = put_bytes2(s, 0x49, 0xc7);		/* movq $imm32, (%r11) */
	*s++ = 0x03;
	memcpy(s, &value, 4);
	s += 4;
	s = put_bytes2(s, 0x48, 0x89);		/* mov %rax, %rsi */
	*s++ = 0xc6;
	*s++ = 0xb8;				/* mov $imm32, %eax */
	value = NR_getpid;
	memcpy(s, &value, 4);
	s += 4;
	*marker = stub_at + (uint64_t)(s - stub);
	call_regs(&c->orig, stub_at, 0, args, &c->call);
	return (size_t)(s - stub) + build_stub(s, &c->eff);
}

void arch_call_seccomp_data(uint64_t marker, struct seccomp_data *sd)
{
	memset(sd, 0, sizeof(*sd));
	sd->nr = NR_getpid;
	sd->arch = AUDIT_ARCH_X86_64;
	sd->instruction_pointer = marker + 2;
}

int arch_call_at_marker(pid_t tid, uint64_t marker, uint64_t *result)
{
	struct user_regs_struct r;

	if (ptrace(PTRACE_GETREGS, tid, NULL, &r))
		return -errno;
	if (r.rip != marker + 2)
		return 0;
	*result = r.rsi;
	return 1;
}
