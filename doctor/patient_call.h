/*
 * A function of the patient called from the doctor, for the few things no
 * system call can do (registering the patch's unwind information with the
 * patient's unwinder).  Only while every thread is stopped.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_CALL_H
#define LIBCARE_DOCTOR_PATIENT_CALL_H

#include <stdint.h>

#include "doctor/patient.h"

struct remote_call {
	uint64_t stub;		/* REMOTE_CALL_STUB_ROOM bytes of executable memory the doctor owns */
	uint64_t func;		/* called as func(arg0, arg1) */
	uint64_t arg0, arg1;
	uint64_t flag;		/* a writable word that gets flag_value once func returned */
	int32_t flag_value;
};

#define REMOTE_CALL_STUB_ROOM	256

/*
 * Runs RC in one of P's threads, all stopped by patient_wait_until_safe().
 * The call goes through a stub written at rc->stub that, once the function
 * returns, stores the flag, makes a getpid system call (where the doctor
 * reads the result) and puts the thread's registers back by itself: if the
 * doctor dies at any moment, the thread finishes the call and carries on
 * where it was.  A signal that comes during the call is sent again once
 * the thread has its own registers.  The caller guarantees that FUNC cannot
 * wait for anything a stopped thread holds (no thread inside its object or
 * the dynamic linker); a call that still has not returned after 2 s is
 * left to finish on its own once the thread is let go (-ETIMEDOUT, the
 * stub must stay mapped).  Returns 0 with *RESULT, -ERR_SECCOMP when the
 * thread's seccomp filter would not simply allow getpid, or -errno (after
 * the call began, the stub finishes it).
 */
int patient_remote_call(struct patient *p, const struct remote_call *rc, uint64_t *result);

#endif
