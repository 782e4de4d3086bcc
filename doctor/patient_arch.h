/*
 * What the patient library asks of the architecture (arch/<arch>/regs.c and
 * remote.c): registers of a stopped thread, named by its tid, and
 * instruction bytes the generic caller has read.  None of it sees struct
 * patient; the ptrace conversation itself stays generic.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_ARCH_H
#define LIBCARE_DOCTOR_PATIENT_ARCH_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Bytes of code a caller reads at a pc for arch_at_syscall(): the longest
 * instruction of the architectures LibCare knows. */
#define ARCH_MAX_INSN	16

/* The pc and stack pointer of the stopped thread TID. */
int arch_thread_pc_sp(pid_t tid, uint64_t *pc, uint64_t *sp);
/* 1 when CODE (LEN bytes read at a pc) starts with a system call
 * instruction, or is too short to tell: stepping over it may block. */
int arch_at_syscall(const uint8_t *code, size_t len);

/* Stack words a signal frame takes, from the handler's return address to
 * the last interrupted register arch_signal_frame() reads. */
#define ARCH_SIGFRAME_WORDS	32
/* 1 when the ARCH_SIGFRAME_WORDS WORDS read at AT look like a signal
 * frame, the first being a handler's return address: *PC and *SP are then
 * those of the code the signal interrupted. */
int arch_signal_frame(const uint64_t *words, uint64_t at, uint64_t *pc, uint64_t *sp);
/* 1 when CODE (LEN bytes) is what a handler returns to: rt_sigreturn. */
int arch_is_sigreturn(const uint8_t *code, size_t len);

/*
 * A system call run in a borrowed thread: its original registers, those
 * that run the call through a stub, and the stub's bytes, which finish on
 * their own (see arch/<arch>/remote.c).
 */
struct arch_syscall;

/* Bytes of code padding a stub takes; at most ARCH_STUB_MAX. */
#define ARCH_STUB_MAX	256
size_t arch_syscall_stub_room(void);
/* Reads the registers of the stopped thread TID; NULL with errno set. */
struct arch_syscall *arch_syscall_begin(pid_t tid);
void arch_syscall_end(struct arch_syscall *c);
/* Where the thread was: the stub must not go there. */
uint64_t arch_syscall_pc(const struct arch_syscall *c);
/* Was the thread's own system call interrupted to be restarted through
 * the kernel's restart block (a relative sleep, poll, a timed futex wait)? */
int arch_syscall_restart_block(const struct arch_syscall *c);
/* Builds in STUB the code for system call NR(ARGS) placed at STUB_AT, and
 * the registers that run it; returns its length. */
size_t arch_syscall_stub(struct arch_syscall *c, uint64_t stub_at, long nr, const long args[6],
			 uint8_t *stub);
/* Points TID at the stub with the call's registers. */
int arch_syscall_enter(pid_t tid, const struct arch_syscall *c);
/* At the syscall-exit stop of TID: the call's raw return value. */
int arch_syscall_result(pid_t tid, long *result);
/* What seccomp sees of the call the stub makes: the number, the audit
 * architecture, the pc the kernel reports (just past the system call
 * instruction of the stub) and the arguments. */
struct seccomp_data;
void arch_syscall_seccomp_data(const struct arch_syscall *c, struct seccomp_data *sd);
/* Gives TID its original registers back. */
int arch_syscall_restore(pid_t tid, const struct arch_syscall *c);
/* After a failure: leaves TID where the stub would, with no system call
 * restart pending. */
int arch_syscall_abandon(pid_t tid, const struct arch_syscall *c);

/*
 * A function call run the same way (remote_call.c): FUNC(ARG0, ARG1), then
 * FLAG_VALUE (a 32-bit signed value) stored at FLAG, then a getpid system
 * call, the marker where the doctor reads the result, then the system call
 * stub's way back.  ARCH_STUB_MAX bytes are enough.
 */
struct arch_call {
	uint64_t func, arg0, arg1;
	uint64_t flag;
	int64_t flag_value;
};
/* Builds the stub at STUB_AT and the registers that run it (entered with
 * arch_syscall_enter()); *MARKER is the address of the marker. */
size_t arch_call_stub(struct arch_syscall *c, uint64_t stub_at, const struct arch_call *call,
		      uint8_t *stub, uint64_t *marker);
/* What seccomp sees of the marker. */
void arch_call_seccomp_data(uint64_t marker, struct seccomp_data *sd);
/* At a syscall-entry stop of TID: 1 with the call's *RESULT when it is the
 * marker's, 0 for a system call of the function, or -errno. */
int arch_call_at_marker(pid_t tid, uint64_t marker, uint64_t *result);

#endif
