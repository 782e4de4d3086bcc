/* A stopped thread's program counter and stack pointer, x86-64. */
#include <errno.h>
#include <sys/ptrace.h>
#include <sys/user.h>

#include "doctor/patient_internal.h"

int arch_thread_pc_sp(pid_t tid, uint64_t *pc, uint64_t *sp)
{
	struct user_regs_struct regs;

	if (ptrace(PTRACE_GETREGS, tid, 0, &regs))
		return -errno;
	*pc = regs.rip;
	*sp = regs.rsp;
	return 0;
}
