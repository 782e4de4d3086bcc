/*
 * The seccomp check of the patient library: before a system call is
 * injected, the filters of the thread that will run it are read back and
 * run here, for that exact call, so that a call the kernel would kill,
 * trap, fail or hand elsewhere is never made.
 */
#ifndef LIBCARE_DOCTOR_SECCOMP_H
#define LIBCARE_DOCTOR_SECCOMP_H

#include <linux/seccomp.h>
#include <stdint.h>
#include <sys/types.h>

#include "doctor/patient_memory.h"

/*
 * The action seccomp takes for SD in the stopped, attached thread TID of P:
 * SECCOMP_RET_ALLOW when it has no filter, else the action of highest
 * precedence over its filters (data bits kept), as the kernel picks it;
 * in strict mode KILL_THREAD with *STRICT set.  -EACCES/-EINVAL/...: the
 * mode or a filter could not be read or run.
 */
int seccomp_action(struct patient *p, pid_t tid, const struct seccomp_data *sd, uint32_t *action,
		   int *strict);

/*
 * 0 when the call SD (named CALL in messages) would run in TID as it would
 * without a filter (allowed or only logged); otherwise logs one line
 * naming seccomp, the call and the action (at debug level when QUIET) and
 * returns -ERR_SECCOMP.  A filter that cannot be read is a refusal too.
 */
int seccomp_check(struct patient *p, pid_t tid, const struct seccomp_data *sd, const char *call,
		  int quiet);

#endif
