/*
 * What the patient library's files share: the patient and its threads, the
 * attach/stop primitives and the once-only "process is gone" report.
 * Not for the patch logic: it sees only patient.h.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_INTERNAL_H
#define LIBCARE_DOCTOR_PATIENT_INTERNAL_H

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
	struct thread *threads;	/* attached and stopped, all of them or none */
	size_t nthreads, cap;
	int reap_leader;	/* the leader died attached: reap it after the others */
	void *unwind_as;	/* unw_addr_space_t, made at the first stack check */
};

/* threads.c */
/* Seizes TID and interrupts it; 0 with T stopped, -ESRCH when it is gone
 * (or a zombie), -EPERM when it may not be traced. */
int thread_attach(struct patient *p, pid_t tid, struct thread *t);
/* Waits for T's next stop; -ESRCH when it exited instead. */
int thread_wait_stop(struct patient *p, struct thread *t, int *status);
/* Lets T run on, giving back any signal taken from it; reaps it if it died. */
void thread_detach(struct patient *p, struct thread *t);
/* T in signal-delivery-stop: hands the signal on and waits for T to stop
 * again at its handler; -ESRCH when the signal (or anything) killed it. */
int thread_deliver_signal(struct patient *p, struct thread *t);
/* Waits for the attached thread TID, which is dying, to be gone. */
void thread_reap(struct patient *p, pid_t tid);
/* The attached thread TID, or NULL. */
struct thread *patient_find_thread(struct patient *p, pid_t tid);
/* Lists /proc/PID/task; *out is malloc'ed. */
int patient_list_tasks(pid_t pid, pid_t **out, size_t *count);
/* 1 when TID is a zombie or dead thread (or gone). */
int thread_is_dead(pid_t pid, pid_t tid);

/* patient.c */
/* Logs, once per patient, that the process exited; returns -ESRCH. */
int patient_gone(struct patient *p);
/* 1 when the process still exists. */
int patient_alive(const struct patient *p);
/* /proc/PID/mem access that does not log: -errno */
int patient_mem_read(struct patient *p, uint64_t addr, void *buf, size_t len);
int patient_mem_write(struct patient *p, uint64_t addr, const void *buf, size_t len);
/* Writes through PTRACE_POKEDATA of the attached thread TID. */
int patient_poke(pid_t tid, uint64_t addr, const void *buf, size_t len);

/* safety.c */
void patient_unwind_free(struct patient *p);

/* arch/x86_64/regs.c: PTRACE_GETREGS of the stopped thread TID. */
int arch_thread_pc_sp(pid_t tid, uint64_t *pc, uint64_t *sp);
/* 1 when the instruction at PC is a system call (or cannot be read). */
int arch_at_syscall(struct patient *p, uint64_t pc);

/* maps.c */
/* Finds LEN bytes of executable memory that no code uses: a slot in the
 * tail of the last page of a file-backed r-x mapping, past its ELF segment,
 * holding what the file holds there (no stub a killed doctor left behind)
 * and not holding AVOID (the borrowed thread's pc). */
int patient_find_code_slot(struct patient *p, size_t len, uint64_t avoid, uint64_t *addr);

#endif
