/*
 * What a doctor run prints of its work: a line per patch and process, and
 * the summary of `-p all` with the median and longest stop.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/errors.h"
#include "common/printable.h"
#include "doctor/patient.h"
#include "doctor/report.h"

const char *name_or(const char *s, const char *dflt)
{
	return s[0] ? s : dflt;
}

/* Says what became of each patch: which object it patched, or why not. */
void print_outcomes(pid_t pid, const struct patch_set *set,
			   const struct patch_outcome *out)
{
	for (size_t i = 0; i < set->n; i++) {
		const struct kpatch_file_header *h = &set->files[i]->hdr;
		const char *id = printable(name_or(h->patch_id, "(no id)"));
		const char *object = printable(out[i].object);

		switch (out[i].kind) {
		case OUTCOME_APPLIED:
			printf("pid %d: %s: patch %s level %u applied, %zu hunk(s), stopped %llu us\n",
			       (int)pid, object, id, h->patchlevel, out[i].hunks,
			       patient_stop_us(out[i].stopped_ns));
			break;
		case OUTCOME_UPGRADED:
			printf("pid %d: %s: patch %s upgraded from level %u to level %u, %zu hunk(s), "
			       "stopped %llu us\n", (int)pid, object, id, out[i].old_level,
			       h->patchlevel, out[i].hunks, patient_stop_us(out[i].stopped_ns));
			break;
		case OUTCOME_ALREADY:
			printf("pid %d: %s: patch %s level %u is already applied\n", (int)pid,
			       object, id, h->patchlevel);
			break;
		case OUTCOME_NOT_APPLICABLE:
			if (set->from_dir)
				printf("pid %d: patch %s for %s (BuildID %s): not applicable, no such object\n",
				       (int)pid, id, printable(name_or(h->object_name, "?")),
				       printable(h->build_id));
			break;
		case OUTCOME_NOT_TRIED:
			break;
		}
	}
}


/* A process done, stopped for NS in all. */
void summary_done(struct summary *sum, uint64_t ns)
{
	sum->done++;
	if (sum->nstops == sum->cap) {
		size_t cap = sum->cap ? 2 * sum->cap : 64;
		uint64_t *grown = realloc(sum->stops, cap * sizeof(*grown));

		if (!grown)
			return;	/* the summary goes without that stop */
		sum->stops = grown;
		sum->cap = cap;
	}
	sum->stops[sum->nstops++] = ns;
}

static int by_value(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

void summary_failed(struct summary *sum, pid_t pid, int err)
{
	/* a process that exited meanwhile is no failure */
	if (err == -ESRCH)
		return;
	sum->failed++;
	sum->last_error = err;
	printf("pid %d: failed: %s\n", (int)pid, libcare_strerror(err));
}

/* The summary line, with the median and longest stop of the processes
 * done; frees the stops.  Returns 0, or the last failure's error. */
int summary_print(struct summary *sum, const char *what)
{
	const uint64_t *s = sum->stops;
	size_t n = sum->nstops;

	printf("%s %zu process(es), not applicable to %zu, failed for %zu", what, sum->done,
	       sum->not_applicable, sum->failed);
	if (n) {
		qsort(sum->stops, n, sizeof(*sum->stops), by_value);
		printf(", stopped median %llu us, max %llu us",
		       patient_stop_us(n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2),
		       patient_stop_us(s[n - 1]));
	}
	putchar('\n');
	free(sum->stops);
	return sum->failed ? sum->last_error : 0;
}

