/*
 * The doctor's seccomp verdict against the kernel's: a child installs
 * filters that compute an errno from the call's arguments with every
 * classic BPF opcode seccomp accepts (BPF_MOD is not one), the doctor reads them back from the
 * stopped child and runs them (seccomp_action), then the child makes the
 * call and the kernel's answer is compared with the doctor's.  Stacked
 * filters check the precedence between actions.
 */
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "doctor/cbpf.h"
#include "doctor/seccomp.h"

#define ARG(i)		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[i]))
#define NR		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr))
#define ONLY_GETPID	NR, BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getpid, 1, 0), \
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)
/* A's low 10 bits as the errno of the call */
#define RET_ERRNO_A	BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0x3ff), \
			BPF_STMT(BPF_ALU | BPF_OR | BPF_K, SECCOMP_RET_ERRNO), \
			BPF_STMT(BPF_RET | BPF_A, 0)

struct prog {
	const char *name;
	struct sock_filter code[40];
	unsigned short len;
};

#define PROG(n, ...)	{ n, { __VA_ARGS__ }, sizeof((struct sock_filter[]){ __VA_ARGS__ }) / \
			  sizeof(struct sock_filter) }

static const struct prog progs[] = {
	PROG("alu-k", ONLY_GETPID, ARG(0),
	     BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 7), BPF_STMT(BPF_ALU | BPF_MUL | BPF_K, 13),
	     BPF_STMT(BPF_ALU | BPF_SUB | BPF_K, 5), BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 3),
	     BPF_STMT(BPF_ALU | BPF_XOR | BPF_K, 0x155),
	     BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 3), BPF_STMT(BPF_ALU | BPF_RSH | BPF_K, 2),
	     BPF_STMT(BPF_ALU | BPF_NEG, 0), BPF_STMT(BPF_ALU | BPF_OR | BPF_K, 0x10),
	     RET_ERRNO_A),
	PROG("alu-x", ONLY_GETPID, ARG(1), BPF_STMT(BPF_MISC | BPF_TAX, 0), ARG(0),
	     BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0), BPF_STMT(BPF_ALU | BPF_MUL | BPF_X, 0),
	     BPF_STMT(BPF_ALU | BPF_SUB | BPF_X, 0), BPF_STMT(BPF_ALU | BPF_XOR | BPF_X, 0),
	     BPF_STMT(BPF_ALU | BPF_AND | BPF_X, 0), BPF_STMT(BPF_ALU | BPF_OR | BPF_X, 0),
	     BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0),
	     BPF_STMT(BPF_LDX | BPF_IMM, 4), BPF_STMT(BPF_ALU | BPF_LSH | BPF_X, 0),
	     BPF_STMT(BPF_ALU | BPF_RSH | BPF_X, 0), BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 1),
	     RET_ERRNO_A),
	PROG("jumps", ONLY_GETPID, ARG(1), BPF_STMT(BPF_MISC | BPF_TAX, 0), ARG(0),
	     BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 100, 0, 2),
	     BPF_STMT(BPF_LD | BPF_IMM, 11), BPF_JUMP(BPF_JMP | BPF_JA, 9, 0, 0),
	     BPF_JUMP(BPF_JMP | BPF_JGE | BPF_X, 0, 0, 2),
	     BPF_STMT(BPF_LD | BPF_IMM, 22), BPF_JUMP(BPF_JMP | BPF_JA, 6, 0, 0),
	     BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 4, 0, 2),
	     BPF_STMT(BPF_LD | BPF_IMM, 33), BPF_JUMP(BPF_JMP | BPF_JA, 3, 0, 0),
	     BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_X, 0, 1, 0),
	     BPF_JUMP(BPF_JMP | BPF_JSET | BPF_X, 0, 0, 1),
	     BPF_STMT(BPF_LD | BPF_IMM, 44),
	     BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 1), RET_ERRNO_A),
	PROG("memory", ONLY_GETPID, ARG(0), BPF_STMT(BPF_ST, 0), ARG(1), BPF_STMT(BPF_ST, 15),
	     BPF_STMT(BPF_LDX | BPF_MEM, 0), BPF_STMT(BPF_LD | BPF_MEM, 15),
	     BPF_STMT(BPF_ALU | BPF_SUB | BPF_X, 0), BPF_STMT(BPF_STX, 7),
	     BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0), BPF_STMT(BPF_LDX | BPF_W | BPF_LEN, 0),
	     BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0), BPF_STMT(BPF_MISC | BPF_TAX, 0),
	     BPF_STMT(BPF_LD | BPF_MEM, 7), BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0),
	     BPF_STMT(BPF_MISC | BPF_TXA, 0), BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 0), RET_ERRNO_A),
	/* X is 0 when args[1] is: the program returns 0, KILL_THREAD */
	PROG("div-by-x", ONLY_GETPID, ARG(1), BPF_STMT(BPF_MISC | BPF_TAX, 0),
	     BPF_STMT(BPF_LD | BPF_IMM, 999), BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0),
	     RET_ERRNO_A),
	PROG("errno-5", ONLY_GETPID, BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 5)),
	PROG("errno-9", ONLY_GETPID, BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 9)),
	PROG("allow", BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)),
	PROG("log", ONLY_GETPID, BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_LOG)),
	PROG("trap", ONLY_GETPID, BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP)),
};

static const struct prog *find(const char *name)
{
	for (size_t i = 0; i < sizeof(progs) / sizeof(progs[0]); i++)
		if (!strcmp(progs[i].name, name))
			return &progs[i];
	return NULL;
}

/* In the child: the filters of NAMES, oldest first, then the call. */
static void child(const char *const *names, const unsigned long args[6], int go, int report)
{
	long armed = -2;

	long r;
	char c;

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		_exit(100);
	for (; *names; names++) {
		const struct prog *pr = find(*names);
		struct sock_fprog fp = { pr->len, (struct sock_filter *)pr->code };

		if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp)) {
			fprintf(stderr, "%s: the kernel refuses it: %s\n", *names, strerror(errno));
			_exit(101);
		}
	}
	if (write(report, &armed, sizeof(armed)) != sizeof(armed))
		_exit(104);
	if (read(go, &c, 1) != 1)
		_exit(102);
	r = syscall(SYS_getpid, args[0], args[1], args[2], args[3], args[4], args[5]);
	r = r < 0 ? errno : 0;
	if (write(report, &r, sizeof(r)) != sizeof(r))
		_exit(103);
	_exit(0);
}

/* The kernel's and the doctor's verdicts on getpid(ARGS) under NAMES. */
static void compare(const char *const *names, const char *label, const unsigned long args[6])
{
	int go[2], report[2], st;
	struct seccomp_data sd = { .nr = SYS_getpid, .arch = AUDIT_ARCH_X86_64 };
	struct patient p = { 0 };
	uint32_t action = 0;
	long got = -1;
	pid_t pid;
	int ret, strict;

	CHECK(!pipe(go) && !pipe(report));
	pid = fork();
	if (!pid)
		child(names, args, go[0], report[1]);
	close(go[0]);
	close(report[1]);
	for (int i = 0; i < 6; i++)
		sd.args[i] = args[i];
	p.pid = pid;
	CHECK(read(report[0], &got, sizeof(got)) == sizeof(got) && got == -2);
	got = -1;
	/* it is blocked in read(): seize it, ask, let it go */
	CHECK(!ptrace(PTRACE_SEIZE, pid, NULL, NULL) && !ptrace(PTRACE_INTERRUPT, pid, NULL, NULL));
	CHECK(waitpid(pid, &st, __WALL) == pid && WIFSTOPPED(st));
	ret = seccomp_action(&p, pid, &sd, &action, &strict);
	CHECKF(!ret && !strict, "%s: seccomp_action: %d", label, ret);
	CHECK(!ptrace(PTRACE_DETACH, pid, NULL, NULL));
	CHECK(write(go[1], "g", 1) == 1);
	if (read(report[0], &got, sizeof(got)) != sizeof(got))
		got = -1;
	CHECK(waitpid(pid, &st, 0) == pid);
	close(go[1]);
	close(report[0]);
	switch (action & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_ALLOW:
	case SECCOMP_RET_LOG:
		CHECKF(got == 0, "%s (%lu, %lu): doctor says allowed, the kernel errno %ld", label,
		       args[0], args[1], got);
		break;
	case SECCOMP_RET_ERRNO:
		CHECKF(got == (long)(action & SECCOMP_RET_DATA),
		       "%s (%lu, %lu): doctor says errno %u, the kernel %ld", label, args[0], args[1],
		       action & SECCOMP_RET_DATA, got);
		break;
	default:
		/* KILL_THREAD of the only thread, or TRAP's default SIGSYS */
		CHECKF(WIFSIGNALED(st) && WTERMSIG(st) == SIGSYS,
		       "%s (%lu, %lu): doctor says 0x%x, the child did not die of SIGSYS (%ld)",
		       label, args[0], args[1], action, got);
	}
}

/* What the kernel would never load, the interpreter never guesses at. */
static void check_refusals(void)
{
	static const struct seccomp_data sd = { .nr = SYS_getpid, .arch = AUDIT_ARCH_X86_64 };
	const struct sock_filter mod[] = { BPF_STMT(BPF_ALU | BPF_MOD | BPF_K, 3),
					   BPF_STMT(BPF_RET | BPF_A, 0) };
	const struct sock_filter far[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64),
					   BPF_STMT(BPF_RET | BPF_A, 0) };
	const struct sock_filter odd[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 2),
					   BPF_STMT(BPF_RET | BPF_A, 0) };
	const struct sock_filter byte[] = { BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 0),
					    BPF_STMT(BPF_RET | BPF_A, 0) };
	const struct sock_filter falls[] = { BPF_STMT(BPF_LD | BPF_IMM, 0) };
	const struct sock_filter jumps_out[] = { BPF_JUMP(BPF_JMP | BPF_JA, 5, 0, 0),
						 BPF_STMT(BPF_RET | BPF_A, 0) };
	const struct sock_filter memory[] = { BPF_STMT(BPF_ST, 16), BPF_STMT(BPF_RET | BPF_A, 0) };
	uint32_t r;

	CHECK(cbpf_run(mod, 2, &sd, sizeof(sd), &r) == -EINVAL);
	CHECK(cbpf_run(far, 2, &sd, sizeof(sd), &r) == -EINVAL);
	CHECK(cbpf_run(odd, 2, &sd, sizeof(sd), &r) == -EINVAL);
	CHECK(cbpf_run(byte, 2, &sd, sizeof(sd), &r) == -EINVAL);
	CHECK(cbpf_run(falls, 1, &sd, sizeof(sd), &r) == -EINVAL);
	CHECK(cbpf_run(jumps_out, 2, &sd, sizeof(sd), &r) == -EINVAL);
	CHECK(cbpf_run(memory, 2, &sd, sizeof(sd), &r) == -EINVAL);
}

int main(void)
{
	static const unsigned long argsets[][6] = {
		{ 0, 0 }, { 1, 1 }, { 5, 3 }, { 101, 7 }, { 150, 200 }, { 12, 12 }, { 4, 7 },
		{ 0xffffffffUL, 2 }, { 0x123456789UL, 0x80000000UL }, { 99, 0 },
	};
	static const char *const single[] = { "alu-k", "alu-x", "jumps", "memory", "div-by-x" };
	static const char *const stacks[][4] = {
		{ "errno-5", "errno-9", NULL },		/* equal actions: the newest wins */
		{ "errno-9", "errno-5", NULL },
		{ "errno-9", "allow", NULL },		/* ERRNO over ALLOW */
		{ "log", "allow", NULL },
		{ "errno-5", "trap", NULL },		/* TRAP over ERRNO */
		{ "trap", "log", "errno-9", NULL },
	};

	for (size_t i = 0; i < sizeof(single) / sizeof(single[0]); i++) {
		const char *names[] = { single[i], NULL };

		for (size_t k = 0; k < sizeof(argsets) / sizeof(argsets[0]); k++)
			compare(names, single[i], argsets[k]);
	}
	for (size_t i = 0; i < sizeof(stacks) / sizeof(stacks[0]); i++)
		compare(stacks[i], stacks[i][0], argsets[2]);
	check_refusals();
	CHECK_DONE();
}
