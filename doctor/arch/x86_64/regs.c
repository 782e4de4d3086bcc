/* A stopped thread's registers and instructions, x86-64. */
#include <errno.h>
#include <stdint.h>
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

/* 1 when the instruction at PC is `syscall` (0f 05): stepping over it may block. */
int arch_at_syscall(struct patient *p, uint64_t pc)
{
	uint8_t insn[2];

	return patient_mem_read(p, pc, insn, sizeof(insn)) || (insn[0] == 0x0f && insn[1] == 0x05);
}
