/*
 * The threads layer of the patient library, over patient_memory.h:
 * attaching, waiting for stops, handing signals on, detaching and reaping.
 * patient_stop_all() and patient_resume_all() (patient.h) are built here.
 */
#ifndef LIBCARE_DOCTOR_PATIENT_THREADS_H
#define LIBCARE_DOCTOR_PATIENT_THREADS_H

#include "doctor/patient_memory.h"

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
/*
 * Around every stop of the patient's threads, from before the first is
 * seized to after the last is let go: the time in between counts towards
 * patient_stopped_ns().  Holds nest; only the outermost one is timed, so
 * a stop inside another is not counted twice.
 */
void patient_hold(struct patient *p);
void patient_release(struct patient *p);
/* Lets patient_borrow_thread()'s thread run on, if one is held. */
void thread_give_back(struct patient *p);
/* The attached thread TID, or NULL. */
struct thread *patient_find_thread(struct patient *p, pid_t tid);
/* Lists /proc/PID/task; *out is malloc'ed. */
int patient_list_tasks(pid_t pid, pid_t **out, size_t *count);
/* 1 when TID is a zombie or dead thread (or gone). */
int thread_is_dead(pid_t pid, pid_t tid);

#endif
