/*
 * The operations on a live patient: applying patch files and taking
 * applied patches off.  Both prepare everything they can while the patient
 * runs, stop it only to map the region and to switch, and on any error
 * leave it exactly as it was.
 */
#ifndef LIBCARE_DOCTOR_APPLY_H
#define LIBCARE_DOCTOR_APPLY_H

#include <stddef.h>
#include <stdint.h>
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

/* What became of one patch file in patch_process_report(). */
enum patch_outcome_kind {
	OUTCOME_NOT_TRIED = 0,	/* an earlier patch failed */
	OUTCOME_APPLIED,
	OUTCOME_UPGRADED,	/* replaced a lower level of the same patch */
	OUTCOME_ALREADY,	/* this patch and level were on already */
	OUTCOME_NOT_APPLICABLE,	/* no object with its BuildID in the process */
};

struct patch_outcome {
	enum patch_outcome_kind kind;
	char object[256];	/* the patched object's file name */
	size_t hunks;
	unsigned old_level;	/* for OUTCOME_UPGRADED */
	uint64_t stopped_ns;	/* how long applying it held the patient stopped */
};

/* patch_process() that also says, in OUT[i], what became of PFS[i]. */
int patch_process_report(pid_t pid, struct patch_file *const *pfs, size_t n, int must_match,
			 unsigned timeout_ms, struct patch_outcome *out, size_t *hunks);

/*
 * Does PID map an object with the BuildID of one of the N patches?  Reads
 * only /proc/PID/maps and the mapped files: the process is never attached.
 * Returns 1, 0, or -errno.
 */
int process_matches(pid_t pid, struct patch_file *const *pfs, size_t n);

/*
 * Takes off the patches applied to PID: the one with PATCH_ID, or those for
 * the N objects named by BUILD_IDS, or all of them when neither is given.
 */
int unpatch_process(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
		    unsigned timeout_ms, size_t *hunks);

/* One patch unpatch_process_report() took off. */
struct removal {
	const char *object;	/* the object's file name */
	const char *patch_id;	/* "" when it has none */
	unsigned level;
	size_t hunks;		/* entries given their original bytes back */
	uint64_t stopped_ns;	/* how long taking it off held the patient stopped */
};

/*
 * unpatch_process() that calls REMOVED(PID, R, ARG) for each patch as soon
 * as it is off.  With NONE_IS_OK, a process that carries no selected patch
 * is no error: 0, nothing said (`-p all` opens each process once).
 */
int unpatch_process_report(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
			   unsigned timeout_ms, int none_is_ok,
			   void (*removed)(pid_t pid, const struct removal *r, void *arg),
			   void *arg, size_t *hunks);

/*
 * Does PID carry a patch the unpatch selection names?  Reads the records
 * through /proc/PID/mem without stopping the process.  1, 0, or -errno.
 */
int process_has_patches(pid_t pid, const char *patch_id, char *const *build_ids, size_t n);

#endif
