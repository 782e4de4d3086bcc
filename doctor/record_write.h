/*
 * Writing the record of a patch into its image, in the local buffer, before
 * the region goes to the patient: where each entry jump goes, the bytes it
 * replaces, and what an upgrade inherits from the level below.
 */
#ifndef LIBCARE_DOCTOR_RECORD_WRITE_H
#define LIBCARE_DOCTOR_RECORD_WRITE_H

#include "doctor/objects.h"
#include "doctor/patient.h"
#include "doctor/record.h"
#include "doctor/relocate.h"

/* The record's per-function entries inside IMG's buffer. */
struct record_func *image_record_funcs(const struct patch_image *img);

/*
 * Fills the record at the start of IMG (relocated for img->base) in state
 * LOADING: the entry jumps and the original bytes they replace, read from
 * P.  -ERR_BAD_PATCH for a function redirected twice, -ERR_UNSUPPORTED for
 * one out of jump reach or too short for the jump.
 */
int record_fill(struct patient *p, struct patch_image *img, const struct object *obj);

/*
 * For an upgrade over OLD (NULL: nothing to do), the new record keeps the
 * original bytes of a function the lower level redirected, so that taking
 * the new level off restores them.
 */
void record_inherit_saved(struct patch_image *img, const struct applied_patch *old);

#endif
