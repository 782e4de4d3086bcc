/*
 * What may go on or come off a patient, decided from the records alone:
 * levels of one patch (same: skip, lower: upgrade, higher: refuse), patches
 * stacked on each other, and which applied patches an unpatch names.
 */
#ifndef LIBCARE_DOCTOR_POLICY_H
#define LIBCARE_DOCTOR_POLICY_H

#include <stddef.h>
#include <sys/types.h>

#include "doctor/patchfile.h"
#include "doctor/record.h"

/* Which applied patches an unpatch takes off: the one with PATCH_ID, or
 * those for the N objects of BUILD_IDS, or all when neither is given. */
struct unpatch_selection {
	const char *patch_id;
	char *const *build_ids;
	size_t n;
};

/*
 * Is PF already on its object in PID (the N records of AP)?  The same id
 * at the same level is skipped (*skip), at a lower level it is upgraded
 * (*old names the record), at a higher one refused (-EEXIST, logged), as
 * is one left half-applied.  Patches with other ids stack.
 */
int policy_check_applied(pid_t pid, const struct patch_file *pf, const struct applied_patch *ap,
			 size_t n, int *skip, const struct applied_patch **old);

/* 1 when SEL names AP. */
int policy_selected(const struct applied_patch *ap, const struct unpatch_selection *sel);

/*
 * The next patch to take off among the N records of ALL (their states up to
 * date; GONE[i] set for those already off): the first selected one no other
 * patch is applied over.  Returns its index, -1 when no selected patch is
 * left, or -ERR_STACKED (logged, naming the patch on top) when every one
 * left lies under another.
 */
long policy_next_removal(pid_t pid, const struct applied_patch *all, size_t n, const char *gone,
			 const struct unpatch_selection *sel);

/* AP's patch id for messages. */
const char *policy_id_of(const struct applied_patch *ap);

#endif
