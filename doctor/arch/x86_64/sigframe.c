/*
 * The frame the kernel pushes to run a signal handler, x86-64: the
 * handler's return address (into code that calls rt_sigreturn), then a
 * ucontext whose registers are those of the interrupted code.  The stack
 * check reads it to follow a thread from an alternate signal stack back to
 * the stack it was interrupted on.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>

#include "doctor/patient_arch.h"

#define UC_WORD(field)	(1 + offsetof(ucontext_t, field) / 8)

_Static_assert(UC_WORD(uc_mcontext.fpregs) < ARCH_SIGFRAME_WORDS,
	       "ARCH_SIGFRAME_WORDS must cover the interrupted registers");

/* The kernel's ucontext flags: UC_FP_XSTATE, UC_SIGCONTEXT_SS, UC_STRICT_RESTORE_SS. */
#define UC_FLAGS_KNOWN	7ull
/* The FPU state sits above the frame, within a few pages of it. */
#define FPSTATE_REACH	(1ull << 20)

/*
 * Only a word followed by what the kernel writes there: known flags, no
 * uc_link, a pointer to the FPU state just above, a stack pointer.  The
 * caller checks that the return address is sigreturn code.
 */
int arch_signal_frame(const uint64_t *words, uint64_t at, uint64_t *pc, uint64_t *sp)
{
	uint64_t fp = words[UC_WORD(uc_mcontext.fpregs)];

	if (!words[0] || words[UC_WORD(uc_flags)] & ~UC_FLAGS_KNOWN || words[UC_WORD(uc_link)])
		return 0;
	if (fp && (fp <= at || fp - at > FPSTATE_REACH))
		return 0;
	*pc = words[UC_WORD(uc_mcontext.gregs[REG_RIP])];
	*sp = words[UC_WORD(uc_mcontext.gregs[REG_RSP])];
	return *sp != 0;
}

/* mov $15, %rax (or %eax); syscall: what the C libraries' restorers hold. */
int arch_is_sigreturn(const uint8_t *code, size_t len)
{
	static const uint8_t rax[] = { 0x48, 0xc7, 0xc0, 0x0f, 0x00, 0x00, 0x00, 0x0f, 0x05 };
	static const uint8_t eax[] = { 0xb8, 0x0f, 0x00, 0x00, 0x00, 0x0f, 0x05 };

	return (len >= sizeof(rax) && !memcmp(code, rax, sizeof(rax))) ||
	       (len >= sizeof(eax) && !memcmp(code, eax, sizeof(eax)));
}
