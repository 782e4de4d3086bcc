/* What /proc says of one process (procinfo.c). */
#ifndef LIBCARE_DOCTOR_PROCINFO_H
#define LIBCARE_DOCTOR_PROCINFO_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* PID's start time (clock ticks since boot) and owner; -ESRCH when gone. */
int proc_identity(pid_t pid, unsigned long long *start, uid_t *uid);
/* When PID started, in CLOCK_MONOTONIC ns (near enough: boot time); 0 if unknown. */
uint64_t proc_start_ns(pid_t pid);
/* PID's command name into BUF, "?" when unknown. */
void proc_comm(pid_t pid, char *buf, size_t size);
/* The pid tracing PID, 0 for none. */
int proc_tracer(pid_t pid);

#endif
