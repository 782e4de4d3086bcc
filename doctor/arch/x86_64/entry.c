/* The bytes and registers of holding a new program at its entry, x86-64. */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>

#include "entry.h"

#define INSN_INT3	0xcc
#define INSN_JMP_REL8	0xeb

void arch_entry_trap(const uint8_t orig[ARCH_ENTRY_HOLD_SIZE], uint8_t out[ARCH_ENTRY_HOLD_SIZE])
{
	memcpy(out, orig, ARCH_ENTRY_HOLD_SIZE);
	out[0] = INSN_INT3;
}

void arch_entry_spin(uint8_t out[ARCH_ENTRY_HOLD_SIZE])
{
	/* jmp rel8 with -2: back to its own first byte */
	out[0] = INSN_JMP_REL8;
	out[1] = 0xfe;
}

int arch_entry_rewind(pid_t tid, uint64_t entry)
{
	struct user_regs_struct regs;

	if (ptrace(PTRACE_GETREGS, tid, NULL, &regs))
		return -errno;
	/* int3 reports the address after itself */
	if (regs.rip != entry + 1)
		return -EAGAIN;
	regs.rip = entry;
	if (ptrace(PTRACE_SETREGS, tid, NULL, &regs))
		return -errno;
	return 0;
}
