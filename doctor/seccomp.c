/*
 * Reading a thread's seccomp state back and running its filters on the
 * call the doctor is about to inject (see seccomp.h).  The mode comes from
 * /proc/PID/task/TID/status; the filters from PTRACE_SECCOMP_GET_FILTER,
 * oldest first, which needs CAP_SYS_ADMIN: a caller without it cannot
 * know, and refuses.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/cbpf.h"
#include "doctor/seccomp.h"

#ifndef PTRACE_SECCOMP_GET_FILTER
#define PTRACE_SECCOMP_GET_FILTER	0x420c
#endif

/* Strict mode (1) lets only these through, and none is ever injected. */
#define MODE_STRICT	1
#define MODE_FILTER	2

/* The precedence the kernel gives an action: lower wins. */
static int32_t precedence(uint32_t action)
{
	return (int32_t)(action & SECCOMP_RET_ACTION_FULL);
}

/* The "Seccomp:" mode of TID, 0 when the kernel does not say. */
static int read_mode(pid_t pid, pid_t tid, int *mode)
{
	char name[64], line[256];
	FILE *f;

	*mode = 0;
	snprintf(name, sizeof(name), "/proc/%d/task/%d/status", (int)pid, (int)tid);
	f = fopen(name, "re");
	if (!f)
		return errno == ENOENT ? -ESRCH : -errno;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Seccomp: %d", mode) == 1)
			break;
	fclose(f);
	return 0;
}

/* Runs filter INDEX of TID on SD; -ENOENT past the oldest one. */
static int run_filter(pid_t tid, unsigned long index, const struct seccomp_data *sd,
		      uint32_t *ret)
{
	struct sock_filter *prog;
	long n, got;
	int err;

	n = ptrace(PTRACE_SECCOMP_GET_FILTER, tid, (void *)index, NULL);
	if (n < 0)
		return -errno;
	if (n == 0 || n > BPF_MAXINSNS)
		return -EINVAL;
	prog = calloc((size_t)n, sizeof(*prog));
	if (!prog)
		return -ENOMEM;
	got = ptrace(PTRACE_SECCOMP_GET_FILTER, tid, (void *)index, prog);
	if (got != n) {
		/* a filter cannot change; a different answer is a bug: refuse */
		err = got < 0 ? -errno : -EINVAL;
		free(prog);
		return err;
	}
	err = cbpf_run(prog, (size_t)n, sd, sizeof(*sd), ret);
	free(prog);
	return err;
}

int seccomp_action(struct patient *p, pid_t tid, const struct seccomp_data *sd, uint32_t *action,
		   int *strict)
{
	uint32_t best = SECCOMP_RET_ALLOW, ret;
	unsigned long i;
	int mode, err;

	*strict = 0;
	err = read_mode(p->pid, tid, &mode);
	if (err)
		return err;
	if (mode == 0) {
		*action = SECCOMP_RET_ALLOW;
		return 0;
	}
	if (mode == MODE_STRICT) {
		*strict = 1;
		*action = SECCOMP_RET_KILL_THREAD;
		return 0;
	}
	if (mode != MODE_FILTER)
		return -EINVAL;
	for (i = 0;; i++) {
		err = run_filter(tid, i, sd, &ret);
		if (err == -ENOENT && i > 0)
			break;
		if (err)
			return err;
		/* index 0 is the oldest; among equals the newest decides, as in
		 * the kernel (it matters for the data: which errno) */
		if (precedence(ret) <= precedence(best))
			best = ret;
	}
	*action = best;
	return 0;
}

/* What ACTION does to CALL, for the refusal message. */
static void describe(uint32_t action, const char *call, char *buf, size_t size)
{
	uint32_t data = action & SECCOMP_RET_DATA;

	switch (action & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_KILL_PROCESS:
		snprintf(buf, size, "kill the process (KILL_PROCESS) on the doctor's %s", call);
		break;
	case SECCOMP_RET_KILL_THREAD:
		snprintf(buf, size, "kill the thread (KILL_THREAD) on the doctor's %s", call);
		break;
	case SECCOMP_RET_TRAP:
		snprintf(buf, size, "send SIGSYS (TRAP) on the doctor's %s", call);
		break;
	case SECCOMP_RET_ERRNO:
		snprintf(buf, size, "make the doctor's %s fail with %s (ERRNO %u)", call,
			 data < 4096 ? strerror((int)data) : "an unknown error", data);
		break;
	case SECCOMP_RET_USER_NOTIF:
		snprintf(buf, size, "hand the doctor's %s to a supervisor (USER_NOTIF)", call);
		break;
	case SECCOMP_RET_TRACE:
		snprintf(buf, size, "hand the doctor's %s to a tracer (TRACE)", call);
		break;
	default:
		snprintf(buf, size, "take unknown action 0x%08x (a kill) on the doctor's %s", action,
			 call);
		break;
	}
}

int seccomp_check(struct patient *p, pid_t tid, const struct seccomp_data *sd, const char *call,
		  int quiet)
{
	enum log_level level = quiet ? LOG_LEVEL_DEBUG : LOG_LEVEL_WARN;
	uint32_t action;
	char what[160];
	int strict, err = seccomp_action(p, tid, sd, &action, &strict);

	if (err == -ESRCH)
		return err;
	if (err) {
		log_print(level, "pid %d: seccomp: cannot read the filter of thread %d (%s); "
			  "refusing to inject %s\n", (int)p->pid, (int)tid,
			  err == -EACCES || err == -EPERM ? "reading it needs CAP_SYS_ADMIN, "
							     "and a doctor under no filter itself"
							   : strerror(-err), call);
		return -ERR_SECCOMP;
	}
	switch (action & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_ALLOW:
	case SECCOMP_RET_LOG:
		return 0;
	}
	if (strict) {
		log_print(level, "pid %d: seccomp: thread %d is in strict mode, which would kill it "
			  "on the doctor's %s; refused, nothing injected\n", (int)p->pid, (int)tid,
			  call);
		return -ERR_SECCOMP;
	}
	describe(action, call, what, sizeof(what));
	log_print(level, "pid %d: seccomp: the filter of thread %d would %s; refused, nothing "
		  "injected\n", (int)p->pid, (int)tid, what);
	return -ERR_SECCOMP;
}
