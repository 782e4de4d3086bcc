/*
 * The hardened patient: it arms what argv[1] names (a seccomp filter on
 * mmap, MDWE, no dumping, a thread parked in compute()), then prints
 * compute(1) every 20 ms.  The patch (build.sh) changes compute(); the
 * tests read which one runs.
 */
#include <errno.h>
#include <pthread.h>
#include <linux/audit.h>
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

#ifndef PR_SET_MDWE
#define PR_SET_MDWE			65
#define PR_MDWE_REFUSE_EXEC_GAIN	1
#endif

/* compute(-1) never returns: a thread parked inside the function to change */
__attribute__((noinline)) int compute(int x)
{
	while (x < 0)
		pause();
	return x + 1;
}

static void *park(void *arg)
{
	return (void *)(long)compute(*(int *)arg);
}

#define LOAD(field)	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))
#define ALLOW		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

static int install(struct sock_filter *code, unsigned short len, unsigned flags)
{
	struct sock_fprog prog = { .len = len, .filter = code };

	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

/* ACTION for every mmap on x86-64, everything else allowed. */
static int on_mmap(unsigned action, unsigned flags)
{
	struct sock_filter code[] = {
		LOAD(arch),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		ALLOW,
		LOAD(nr),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mmap, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, action),
		ALLOW,
	};

	return install(code, sizeof(code) / sizeof(code[0]), flags);
}

/* Kills mmap calls made from code below 4 GiB: the doctor's stub in a PIE
 * patient is far above, so it is allowed.  Uses scratch memory and ALU. */
static int on_low_ip(void)
{
	struct sock_filter code[] = {
		LOAD(nr),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mmap, 0, 5),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, instruction_pointer) + 4),
		BPF_STMT(BPF_ST, 3),
		BPF_STMT(BPF_LDX | BPF_MEM, 3),
		BPF_STMT(BPF_MISC | BPF_TXA, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),
		ALLOW,
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
	};

	return install(code, sizeof(code) / sizeof(code[0]), 0);
}

/* Kills a writable and executable mmap (W^X); the doctor maps r-x. */
static int on_wx_args(void)
{
	struct sock_filter code[] = {
		LOAD(nr),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mmap, 0, 4),
		LOAD(args[2]),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_K, PROT_WRITE | PROT_EXEC),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PROT_WRITE | PROT_EXEC, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		ALLOW,
	};

	return install(code, sizeof(code) / sizeof(code[0]), 0);
}

static void *sleeper(void *arg)
{
	for (;;)
		pause();
	return arg;
}

static void *filtered_worker(void *arg)
{
	int *ready = arg;

	__atomic_store_n(ready, on_mmap(SECCOMP_RET_KILL_PROCESS, 0) ? -1 : 1, __ATOMIC_RELEASE);
	return sleeper(NULL);
}

static int arm(const char *mode)
{
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	if (!strcmp(mode, "none"))
		return 0;
	if (!strcmp(mode, "kill-process"))
		return on_mmap(SECCOMP_RET_KILL_PROCESS, 0);
	if (!strcmp(mode, "kill-thread"))
		return on_mmap(SECCOMP_RET_KILL_THREAD, 0);
	if (!strcmp(mode, "trap"))
		return on_mmap(SECCOMP_RET_TRAP, 0);
	if (!strcmp(mode, "errno"))
		return on_mmap(SECCOMP_RET_ERRNO | EPERM, 0);
	if (!strcmp(mode, "trace"))
		return on_mmap(SECCOMP_RET_TRACE, 0);
	if (!strcmp(mode, "user-notif"))
		/* the listener stays open in the patient: nobody answers */
		return on_mmap(SECCOMP_RET_USER_NOTIF, SECCOMP_FILTER_FLAG_NEW_LISTENER) < 0 ? -1 : 0;
	if (!strcmp(mode, "log"))
		return on_mmap(SECCOMP_RET_LOG, 0);
	if (!strcmp(mode, "stacked"))
		/* an older filter kills, a newer one allows: the kill wins */
		return on_mmap(SECCOMP_RET_KILL_PROCESS, 0) || on_mmap(SECCOMP_RET_ALLOW, 0);
	if (!strcmp(mode, "ip"))
		return on_low_ip();
	if (!strcmp(mode, "args"))
		return on_wx_args();
	if (!strcmp(mode, "mdwe")) {
		if (prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0)) {
			if (errno == EINVAL) {
				printf("mdwe unsupported\n");
				fflush(stdout);
				exit(77);
			}
			return -1;
		}
		return 0;
	}
	if (!strcmp(mode, "nondumpable"))
		return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	if (!strcmp(mode, "worker-filter")) {
		/* only a worker thread has the filter: the doctor borrows the leader */
		static int ready;
		pthread_t t;

		if (pthread_create(&t, NULL, filtered_worker, &ready))
			return -1;
		while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
			usleep(1000);
		return ready > 0 ? 0 : -1;
	}
	if (!strcmp(mode, "leader-filter")) {
		/* a worker without it, then the leader alone gets the filter */
		pthread_t t;

		if (pthread_create(&t, NULL, sleeper, NULL))
			return -1;
		return on_mmap(SECCOMP_RET_KILL_PROCESS, 0);
	}
	if (!strcmp(mode, "parked")) {
		static int minus_one = -1;
		pthread_t t;

		return pthread_create(&t, NULL, park, &minus_one) ? -1 : 0;
	}
	errno = EINVAL;
	return -1;
}

/* Strict mode allows read, write and exit only: no sleeping, a busy wait. */
static void strict_loop(void)
{
	char line[32];

	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0)) {
		perror("arming");
		exit(2);
	}
	for (;;) {
		int len = snprintf(line, sizeof(line), "compute=%d\n", compute(1));

		if (write(1, line, (size_t)len) != len)
			syscall(SYS_exit, 3);
		for (volatile long i = 0; i < 20000000; i++)
			;
	}
}

int main(int argc, char **argv)
{
	/* stdout's buffer exists before the filter does */
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("starting\n");
	if (argc == 2 && !strcmp(argv[1], "busy")) {
		/* compute() all the time: a broken patch shows at once */
		printf("armed busy\n");
		for (long i = 0;; i++) {
			int v = compute(1);

			if (!(i % 2000000))
				printf("compute=%d\n", v);
		}
	}
	if (argc == 2 && !strcmp(argv[1], "strict")) {
		printf("armed strict\n");
		strict_loop();
	}
	if (argc != 2 || arm(argv[1])) {
		perror("arming");
		return 2;
	}
	printf("armed %s\n", argv[1]);
	for (;;) {
		printf("compute=%d\n", compute(1));
		usleep(20000);
	}
}
