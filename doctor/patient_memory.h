/*
 * The patient library's lowest layer: the patient itself, its memory
 * through /proc/PID/mem, and the once-only "process is gone" report.  It
 * calls nothing else of the library; every other layer is built over it.
 * Not for the patch logic: it sees only patient.h.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_MEMORY_H
#define LIBCARE_DOCTOR_PATIENT_MEMORY_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "doctor/patient.h"

/* How an attached thread is stopped. */
enum thread_stop {
	STOP_EVENT,	/* PTRACE_EVENT_STOP: our interrupt or a group stop */
	STOP_SIGNAL,	/* signal-delivery-stop: detaching with the signal delivers it */
	STOP_SYSCALL,	/* syscall-entry or -exit stop of an injected call */
};

struct thread {
	pid_t tid;
	enum thread_stop stop;
	int sig;	/* in signal-delivery-stop: the signal, handed on at detach */
};

struct patient {
	pid_t pid;
	int mem_fd;
	int gone_reported;
	int died_of;		/* the signal that killed it, once seen; 0 if unknown */
	struct process_lock *lock;	/* one doctor at a time (lock.h) */
	/* owned by the threads layer (patient_threads.h) */
	struct thread *threads;	/* attached and stopped, all of them or none */
	size_t nthreads, cap;
	int reap_leader;	/* the leader died attached: reap it after the others */
	struct thread borrowed;	/* patient_borrow_thread()'s, while borrowing */
	int borrowing;
	/* owned by the maps layer (patient_maps.h): the code slot found last,
	 * and the file's bytes there, to check it again without the maps */
	uint64_t slot;		/* 0: none yet */
	size_t slot_len;
	uint8_t slot_file[256];
	/* how long threads were held stopped (patient_stopped_ns) */
	unsigned holds;		/* nested patient_hold() calls not yet released */
	uint64_t held_since;	/* CLOCK_MONOTONIC ns of the outermost one */
	uint64_t stopped_ns;	/* every hold so far, released ones */
};

/* Logs, once per patient, that the process ended, with the signal that
 * killed it when known (seen by waitpid, or in a zombie's stat), and what
 * the doctor was doing (patient_set_activity); returns -ESRCH. */
int patient_gone(struct patient *p);
/* Notes the wait status ST of a thread of P that ended. */
void patient_note_end(struct patient *p, int st);
/* 1 when the process still exists. */
int patient_alive(const struct patient *p);
/* After an EIO from /proc/PID/mem: 1 when the process is gone within 100 ms. */
int patient_dies_soon(const struct patient *p);
/* /proc/PID/mem access that does not log: -errno */
int patient_mem_read(struct patient *p, uint64_t addr, void *buf, size_t len);
int patient_mem_write(struct patient *p, uint64_t addr, const void *buf, size_t len);
/* Writes through PTRACE_POKEDATA of the attached thread TID. */
int patient_poke(pid_t tid, uint64_t addr, const void *buf, size_t len);

#endif
