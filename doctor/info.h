/*
 * `info`: what is applied to a patient, read from the records in its memory
 * and from the bytes at each redirected entry.
 */
#ifndef LIBCARE_DOCTOR_INFO_H
#define LIBCARE_DOCTOR_INFO_H

#include <stdio.h>
#include <sys/types.h>

/* Prints the patches of PID to OUT, as text or as one JSON object. */
int info_process(pid_t pid, int json, FILE *out);

/* The same for every process but the doctor and init that carries a
 * patch; with JSON, an array of the per-process objects. */
int info_all(int json, FILE *out);

#endif
