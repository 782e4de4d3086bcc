/* A stopped thread's registers and the instruction bytes at its pc, x86-64. */
#include <errno.h>
#include <stdint.h>
#include <sys/ptrace.h>
#include <sys/user.h>

#include "doctor/patient_arch.h"

int arch_thread_pc_sp(pid_t tid, uint64_t *pc, uint64_t *sp)
{
	struct user_regs_struct regs;

	if (ptrace(PTRACE_GETREGS, tid, 0, &regs))
		return -errno;
	*pc = regs.rip;
	*sp = regs.rsp;
	return 0;
}

/* `syscall` is 0f 05. */
int arch_at_syscall(const uint8_t *code, size_t len)
{
	return len < 2 || (code[0] == 0x0f && code[1] == 0x05);
}
