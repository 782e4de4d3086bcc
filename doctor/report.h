/* What a doctor run prints of its work (report.c). */
#ifndef LIBCARE_DOCTOR_REPORT_H
#define LIBCARE_DOCTOR_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "doctor/apply.h"
#include "doctor/patchdir.h"

/* What `-p all` did, printed at the end. */
struct summary {
	size_t done, not_applicable, failed;
	int last_error;
	uint64_t *stops;	/* of each process done, ns; NULL when out of memory */
	size_t nstops, cap;
};

/* S, or DFLT when S is empty. */
const char *name_or(const char *s, const char *dflt);
/* Says what became of each patch: which object it patched, or why not. */
void print_outcomes(pid_t pid, const struct patch_set *set, const struct patch_outcome *out);
/* A process done, stopped for NS in all. */
void summary_done(struct summary *sum, uint64_t ns);
/* A process failed with ERR (one that exited meanwhile is no failure). */
void summary_failed(struct summary *sum, pid_t pid, int err);
int summary_print(struct summary *sum, const char *what);

#endif
