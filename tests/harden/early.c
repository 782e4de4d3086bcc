/*
 * Preloaded into the patient for `libcare-ctl run`: a library constructor
 * runs before the program's entry point, where run patches, so the filter
 * HARDEN_EARLY names ("kill-process" on every mmap, or "wx-args" on
 * writable and executable ones) is armed by then.  Only in the program
 * named "prog": libcare-ctl is preloaded with it too.
 */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define LOAD(field)	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))

__attribute__((constructor)) static void arm_early(void)
{
	const char *mode = getenv("HARDEN_EARLY");
	int wx = mode && !strcmp(mode, "wx-args");
	struct sock_filter code[] = {
		LOAD(nr),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mmap, 0, 4),
		LOAD(args[2]),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, wx ? PROT_WRITE | PROT_EXEC : 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, wx ? PROT_WRITE | PROT_EXEC : 0, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof(code) / sizeof(code[0]), code };

	char exe[4096];
	ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	/* the doctor is preloaded too: it must stay free of filters */
	if (!mode || len <= 0)
		return;
	exe[len] = '\0';
	if (strcmp(strrchr(exe, '/') ? strrchr(exe, '/') + 1 : exe, "prog"))
		return;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog)) {
		perror("arming early");
		_exit(2);
	}
}
