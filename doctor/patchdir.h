/*
 * What a patch path names: one patch file, or a directory of BUILDID.kpatch
 * files and BUILDID/LEVEL/kpatch.bin patchlevels (BUILDID/latest, else the
 * highest LEVEL), or a patch root whose subdirectories are such patch
 * directories, one per patch package (/var/lib/libcare/patches/PACKAGE/).
 * Shared by patch, run and watch.
 */
#ifndef LIBCARE_DOCTOR_PATCHDIR_H
#define LIBCARE_DOCTOR_PATCHDIR_H

#include <stddef.h>

#include "doctor/patchfile.h"
#include "doctor/trust.h"

struct patch_set {
	struct patch_file **files;
	size_t n;
	int from_dir;	/* PATH was a directory */
};

/* Loads every patch PATH names; a directory with none gives 0 and n == 0.
 * A file whose place in the directory names another BuildID is a bad patch. */
int patch_set_load(const char *path, struct patch_set *set);
/* The same under the policy of OPT (trust_init()); the files' signer is NULL. */
int patch_set_load_opts(const char *path, const struct trust_options *opt, struct patch_set *set);
/*
 * The same under the policy T: each file's place checked, its checksum and
 * signature; -ERR_UNSAFE_FILE, -ERR_INTEGRITY, -ERR_SIGNATURE besides.
 * A file's signer names a key of T: valid while T is.
 */
int patch_set_load_trusted(const char *path, const struct trust *t, struct patch_set *set);
void patch_set_free(struct patch_set *set);

#endif
