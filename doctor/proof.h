/*
 * The proof of fit: before the first write into a patient, every function
 * a patch redirects is shown to be the code the patch was built against,
 * at the start of a function, and its new version executable code of the
 * patch region.  See docs/internals.md, section 4.
 */
#ifndef LIBCARE_DOCTOR_PROOF_H
#define LIBCARE_DOCTOR_PROOF_H

#include <stddef.h>

#include "doctor/patient.h"
#include "doctor/record.h"
#include "doctor/relocate.h"

/*
 * Checks IMG, relocated at its base, against patient P (read through its
 * memory, the patient running): APPLIED are the records of the patches
 * already there, whose saved bytes stand for the original entry of a
 * function they redirected.  Logs one line naming the function;
 * -ERR_MISMATCH, or -errno reading the patient.
 */
int proof_check(struct patient *p, const struct patch_image *img,
		const struct applied_patch *applied, size_t napplied);

/* The part that needs no patient, for tests: the new functions' places. */
int proof_check_new_code(const struct patch_image *img);

#endif
