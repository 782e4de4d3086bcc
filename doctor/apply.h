/*
 * The operations on a live patient: applying patch files and taking
 * applied patches off.  Both prepare everything they can while the patient
 * runs, stop it only to map the region and to switch, and on any error
 * leave it exactly as it was.
 */
#ifndef LIBCARE_DOCTOR_APPLY_H
#define LIBCARE_DOCTOR_APPLY_H

#include <stddef.h>
#include <sys/types.h>

#include "doctor/patchfile.h"

/*
 * Applies each of the N patches whose BuildID names an object of PID.  With
 * MUST_MATCH a patch for no object of PID is an error (-ERR_NO_OBJECT);
 * otherwise only finding none at all is.  *HUNKS counts the functions
 * redirected.  TIMEOUT_MS bounds the wait for threads to leave them.
 */
int patch_process(pid_t pid, struct patch_file *const *pfs, size_t n, int must_match,
		  unsigned timeout_ms, size_t *hunks);

/*
 * Takes off the patches applied to PID: the one with PATCH_ID, or those for
 * the N objects named by BUILD_IDS, or all of them when neither is given.
 */
int unpatch_process(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
		    unsigned timeout_ms, size_t *hunks);

#endif
