/*
 * Naming the patch code for perf: perf resolves samples in anonymous
 * executable memory through /tmp/perf-PID.map ("START SIZE name" lines in
 * hex), the convention JIT compilers use.  The doctor appends the new
 * functions of each region it maps there.
 */
#ifndef LIBCARE_DOCTOR_PERFMAP_H
#define LIBCARE_DOCTOR_PERFMAP_H

#include "doctor/relocate.h"

/* Appending is on unless turned off (patch --no-perf-map). */
void perfmap_set_enabled(int on);

/*
 * Appends a line for every function of IMG's region, mapped at img->base
 * in process PID.  Never fails the patch: a map that cannot be written
 * safely (a link, a file of another user, not a plain file) is left alone
 * with a one-line warning.
 */
void perfmap_add(pid_t pid, const struct patch_image *img);

#endif
