/*
 * A live process under the doctor's care: reading and writing its memory,
 * stopping and resuming its threads, running a system call inside it, and
 * checking that no thread is inside code about to change.  Everything that
 * knows registers or instruction bytes is in arch/x86_64/.
 *
 * Every function returns 0 or -errno (or a negated code from
 * common/errors.h where it says so), logs the cause once where it fails,
 * and never leaves the patient stopped or with borrowed registers.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_H
#define LIBCARE_DOCTOR_PATIENT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct patient;

/* One line of /proc/PID/maps. */
struct vma {
	uint64_t start, end;	/* [start, end) */
	uint64_t offset;	/* file offset of start */
	int prot;		/* PROT_READ | PROT_WRITE | PROT_EXEC */
	int shared;		/* 's' rather than 'p' */
	dev_t dev;
	ino_t inode;		/* 0 for anonymous */
	char path[4096];	/* "" for anonymous; "[heap]", "[stack]", "[vdso]"... */
};

/* Reads /proc/PID/maps without stopping the process.  *out is malloc'ed. */
int patient_read_maps(pid_t pid, struct vma **out, size_t *count);

/*
 * Prepares to work on PID without stopping it: checks it exists, opens its
 * memory, and takes the process's lock (lock.h): no other doctor works on
 * it until patient_close().  -ESRCH: no such process; -EPERM/-EACCES: the
 * caller may not trace it; -ERR_LOCKED (common/errors.h): another doctor
 * held it for the whole wait set by patient_set_lock_wait() (5 s by
 * default).  Nothing in the patient changes.
 */
int patient_open(pid_t pid, struct patient **out);
void patient_set_lock_wait(unsigned ms);
/* What the doctor is doing ("patch"...), for the report of a patient that
 * dies meanwhile: "pid N died of SIGSEGV during patch". */
void patient_set_activity(const char *what);
/* -ESRCH, saying once how the process ended (its signal when known), if
 * it is gone; 0 while it lives.  For callers that found it gone on a path
 * that does not say so (its maps, say). */
int patient_report_gone(struct patient *p);
/* Detaches whatever is still attached, closes files, lets the lock go, frees. */
void patient_close(struct patient *p);
pid_t patient_pid(const struct patient *p);

/* Memory of a running or stopped patient (any protection; /proc/PID/mem,
 * falling back to ptrace while attached). Short reads/writes are errors. */
int patient_read(struct patient *p, uint64_t addr, void *buf, size_t len);
int patient_write(struct patient *p, uint64_t addr, const void *buf, size_t len);

/*
 * Runs system call NR with ARGS inside the patient and stores its raw
 * return value (a negative errno on failure) in *result.  Only one thread
 * is stopped, only for the call.  The injected sequence finishes on its
 * own: if the doctor dies at any moment, the patient restores its own
 * registers and continues where it was.  Returns -errno if the call could
 * not be run at all.
 */
int patient_remote_syscall(struct patient *p, long nr, const long args[6], long *result);
/*
 * Both refuse, with -ERR_SECCOMP (common/errors.h), a call the seccomp
 * filter of the thread that would run it does not simply allow, and one
 * whose filter cannot be read.  patient_remote_syscall() says so in one
 * line; this one only at debug level, for calls the caller can do without.
 */
int patient_remote_syscall_optional(struct patient *p, long nr, const long args[6], long *result);

/*
 * Keeps the thread that runs remote system calls stopped until
 * patient_return_thread(), so that calls in a row cost the patient one
 * stop of one thread rather than one each.  Meanwhile only remote system
 * calls and memory access; patient_stop_all() and patient_close() give
 * the thread back first.  With every thread stopped already, nothing to do.
 */
int patient_borrow_thread(struct patient *p);
void patient_return_thread(struct patient *p);
/* Finds, while the patient runs, where the next remote system call's code
 * goes, so that its stop only checks the place again.  Optional. */
void patient_prepare_remote(struct patient *p);

/* Seizes and interrupts every thread (re-reading the thread list until it
 * is stable); on error every thread is running again. */
int patient_stop_all(struct patient *p);
/* Detaches every thread; they run on. */
int patient_resume_all(struct patient *p);

/*
 * How long, in CLOCK_MONOTONIC nanoseconds, any thread of P was held
 * stopped by this doctor since patient_open(): every stop for a remote
 * system call, a stack check or a switch, from its first seize to its last
 * detach, stops that overlap counted once.  The difference of two readings
 * is the stop of what happened in between.
 */
uint64_t patient_stopped_ns(const struct patient *p);
/* A stop as the doctor prints it: whole microseconds, rounded up, so that
 * a stop that happened never shows as 0. */
static inline unsigned long long patient_stop_us(uint64_t ns)
{
	return (ns + 999) / 1000;
}

/* A range of code that no thread may be executing or return into. */
struct code_range {
	uint64_t start, end;	/* [start, end) */
	const char *name;	/* function name, for the refusal message */
	int never_left;		/* code with no way out: a thread in it is refused at once */
};

/*
 * Stops every thread and checks every frame of every thread's stack
 * against RANGES.  Returns 0 with all threads still stopped when none is
 * inside; otherwise resumes them, waits a little and tries again, and after
 * TIMEOUT_MS returns -ERR_BUSY (common/errors.h) with all threads running and *busy naming the
 * function a thread was in, or "a stack that cannot be walked" when a
 * thread's stack could be neither unwound to its end nor scanned whole:
 * such a thread is never counted as clear.
 */
int patient_wait_until_safe(struct patient *p, const struct code_range *ranges, size_t n,
			    unsigned timeout_ms, const char **busy);

#endif
