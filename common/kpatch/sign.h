/*
 * The patch file's checksum and signature, and the key files behind them:
 * every cryptographic step is one libsodium call (BLAKE2b for digests and
 * checksums, Ed25519 for signatures); nothing here is crypto of our own.
 *
 * Key files are text, one header line and one line of lower-case hex:
 *   secret (mode 0600):  "libcare-ed25519-secret-key" / 128 digits, the
 *                        64-byte libsodium secret key (seed, public key)
 *   public:              "libcare-ed25519-public-key" / 64 digits
 * Lines starting with '#' are comments.  A key's id is the first
 * KPATCH_KEY_ID_SIZE bytes of its public key.
 */
#ifndef LIBCARE_COMMON_KPATCH_SIGN_H
#define LIBCARE_COMMON_KPATCH_SIGN_H

#include <stddef.h>
#include <stdint.h>

#include "common/kpatch_file.h"

#define KPATCH_PUBLIC_KEY_SIZE	32
#define KPATCH_SECRET_KEY_SIZE	64
#define KPATCH_SECRET_KEY_HEADER	"libcare-ed25519-secret-key"
#define KPATCH_PUBLIC_KEY_HEADER	"libcare-ed25519-public-key"

struct kpatch_secret_key {
	uint8_t sk[KPATCH_SECRET_KEY_SIZE];
};

struct kpatch_public_key {
	uint8_t pk[KPATCH_PUBLIC_KEY_SIZE];
	char name[4096];	/* the file it came from, for messages */
};

struct kpatch_keyring {
	struct kpatch_public_key *keys;
	size_t n;
};

/* libsodium's sodium_init(); 0, or -EIO when the library cannot run. */
int kpatch_crypto_init(void);

/* BLAKE2b-256 of SIZE bytes: the digest of an original function. */
void kpatch_digest(const void *data, size_t size, uint8_t out[KPATCH_DIGEST_SIZE]);

/*
 * The checksum of a whole version 2 file FILE (SIZE >= header): BLAKE2b-256
 * with the header's checksum and signature fields read as zeros.
 */
void kpatch_file_checksum(const uint8_t *file, size_t size, uint8_t out[KPATCH_CHECKSUM_SIZE]);

/*
 * Fills the checksum of FILE, and with SK signs it: sets KPATCH_FILE_SIGNED,
 * key_id and signature.  -ENOMEM.
 */
int kpatch_file_seal(uint8_t *file, size_t size, const struct kpatch_secret_key *sk);

/*
 * Checks FILE's signature against the keys of RING: 0 when a key with its
 * key_id verifies it (*SIGNER names the key file), -ENOKEY when no key of
 * RING has that id, -EBADMSG when the signature does not verify.
 */
int kpatch_file_verify_signature(const uint8_t *file, size_t size,
				 const struct kpatch_keyring *ring, const char **signer);

/* Makes a new key pair: PATH (secret, 0600) and PATH.pub.  Logs; -errno. */
int kpatch_key_generate(const char *path);
/* Reads a secret key file.  Logs; -EINVAL for a malformed one, -errno. */
int kpatch_secret_key_load(const char *path, struct kpatch_secret_key *key);
/* Reads a public key file.  Logs; -EINVAL for a malformed one, -errno. */
int kpatch_public_key_load(const char *path, struct kpatch_public_key *key);
/*
 * Reads every public key file in DIR (names not starting with '.'); a
 * missing DIR is an empty ring, an unreadable key a logged -EINVAL.
 */
int kpatch_keyring_load(const char *dir, struct kpatch_keyring *ring);
void kpatch_keyring_free(struct kpatch_keyring *ring);

#endif
