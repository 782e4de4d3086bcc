/*
 * The switch: writing the entry jumps of a patch, or the original bytes
 * back, while every thread of the patient is stopped outside the code that
 * changes.  Each write has its undo beside it: on any error every entry
 * and record state is as it was before the call.
 */
#ifndef LIBCARE_DOCTOR_SWITCH_H
#define LIBCARE_DOCTOR_SWITCH_H

#include "doctor/patient.h"
#include "doctor/record.h"
#include "doctor/relocate.h"

/*
 * Redirects every function of IMG (whose region and record are written)
 * and marks its record APPLIED.  For an upgrade over OLD (else NULL), the
 * lower level's jumps are rewritten to the new code, the original bytes of
 * functions the new level no longer changes are given back and OLD's record
 * goes REMOVING.  -ERR_BUSY when an entry is not what the patch expects.
 * On an error every write is undone; -ERR_ROLLBACK (logged) when an undo
 * failed too: entries may then jump into IMG's region, which must stay.
 */
int switch_entries(struct patient *p, struct patch_image *img, const struct applied_patch *old);

/*
 * Puts the original bytes back at every entry AP redirects, its record
 * going REMOVING.  -ERR_BUSY when an entry was changed by someone else
 * (nothing is written then).  CTX prefixes messages.  -ERR_ROLLBACK
 * (logged) when a write failed and so did its undo: the region must stay.
 */
int restore_entries(struct patient *p, const char *ctx, struct applied_patch *ap);

#endif
