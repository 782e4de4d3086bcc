/*
 * One doctor per process at a time: an flock on a file named after the
 * process id and its start time, under /run/lock/libcare/
 * ($LIBCARE_LOCK_DIR), held from patient_open() to patient_close().
 */
#ifndef LIBCARE_DOCTOR_LOCK_H
#define LIBCARE_DOCTOR_LOCK_H

#include <sys/types.h>

struct process_lock;

/*
 * Takes the lock of PID, waiting up to WAIT_MS for another doctor to let it
 * go.  Taken again by this program, it is counted, not waited for.
 * -ERR_LOCKED (common/errors.h) after WAIT_MS, -ESRCH when PID is gone,
 * -errno when the lock file cannot be made; each logged once here.
 */
int process_lock(pid_t pid, unsigned wait_ms, struct process_lock **out);
/* Lets it go (the last holder removes the file). */
void process_unlock(struct process_lock *lock);

#endif
