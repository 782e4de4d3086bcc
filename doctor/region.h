/*
 * Where a patch region can go in a patient: free address ranges within
 * rel32 reach of the object it patches.
 */
#ifndef LIBCARE_DOCTOR_REGION_H
#define LIBCARE_DOCTOR_REGION_H

#include <stddef.h>
#include <stdint.h>

#include "doctor/objects.h"

/*
 * Fills OUT with up to MAX page-aligned start addresses for SIZE bytes,
 * best first: every byte of the region within +-2 GiB of every byte of OBJ,
 * below 4 GiB when LOW, a guard gap from other mappings, and room left for
 * the heap after the main program.  Returns how many were found.
 */
size_t region_candidates(const struct object_set *set, const struct object *obj, uint64_t size,
			 int low, uint64_t *out, size_t max);

#endif
