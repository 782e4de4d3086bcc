/*
 * What the doctor trusts before it reads a patch: the files' places (as
 * root, nothing others can write, as ssh's StrictModes), the public keys
 * of /etc/libcare/keys/, and whether a signature is required.
 */
#ifndef LIBCARE_DOCTOR_TRUST_H
#define LIBCARE_DOCTOR_TRUST_H

#include "common/kpatch/patch_file.h"
#include "common/kpatch/sign.h"

#define LIBCARE_KEYS_DIR		"/etc/libcare/keys"
#define LIBCARE_REQUIRE_SIGNATURE	"/etc/libcare/require-signature"

/* The command line's part; all zero is the default policy. */
struct trust_options {
	int force;			/* --force: version 1 files, unsafe paths */
	int require_signature;		/* --require-signature */
	const char *keys_dir;		/* --keys DIR instead of LIBCARE_KEYS_DIR */
};

struct trust {
	struct trust_options opt;
	struct kpatch_keyring keys;
	struct patch_trust patch;	/* what the loader is given */
};

/*
 * Reads the keys and the system policy under OPT (NULL: defaults).  Logs;
 * -ERR_UNSAFE_FILE for a key directory others can write, -EINVAL for a
 * malformed key or --keys in a setuid program.
 */
int trust_init(struct trust *t, const struct trust_options *opt);
void trust_free(struct trust *t);

/*
 * As root and unless forced: -ERR_UNSAFE_FILE (logged, one line naming the
 * path and why) when PATH or a directory above it is writable by others
 * or owned by another user.  A sticky directory (/tmp) is writable by
 * others, but they cannot replace what root owns in it: only its entries'
 * owners count.
 */
int trust_check_path(const struct trust *t, const char *path);

#endif
