/*
 * The patch region in a patient: where it can go (free address ranges
 * within rel32 reach of the object it patches), mapping it there, naming
 * it, and unmapping it again.
 */
#ifndef LIBCARE_DOCTOR_REGION_H
#define LIBCARE_DOCTOR_REGION_H

#include <stddef.h>
#include <stdint.h>

#include "doctor/objects.h"
#include "doctor/patient.h"
#include "doctor/relocate.h"

/*
 * Fills OUT with up to MAX page-aligned start addresses for SIZE bytes,
 * best first: every byte of the region within +-2 GiB of every byte of OBJ,
 * below 4 GiB when LOW, a guard gap from other mappings, and room left for
 * the heap after the main program.  Returns how many were found.
 */
size_t region_candidates(const struct object_set *set, const struct object *obj, uint64_t size,
			 int low, uint64_t *out, size_t max);

/*
 * Relocates IMG for each candidate address near OBJ, fills its record and
 * maps the region there (r-x, then rw- past img->exec_size) with remote
 * system calls, until one address is free, and names it in /proc/PID/maps
 * where the kernel supports it.  Nothing is written into the region yet.
 * -ENOMEM when no candidate is free.
 */
int region_place(struct patient *p, struct object_set *set, struct patch_image *img,
		 const struct object *obj, const struct applied_patch *applied, size_t napplied);
/* Unmaps a region; a failure is logged (the region stays, unused), a
 * patient that is gone is not. */
void region_unmap(struct patient *p, const char *ctx, uint64_t base, uint64_t size);

#endif
