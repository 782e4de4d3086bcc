/*
 * Checksums, signatures and key files of patch files through libsodium;
 * see sign.h for the key file format and kpatch_file.h for what the
 * checksum and the signature cover.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "common/kpatch/sign.h"
#include "common/log.h"

int kpatch_crypto_init(void)
{
	if (sodium_init() < 0) {
		pr_warn("libsodium cannot be initialised\n");
		return -EIO;
	}
	return 0;
}

void kpatch_digest(const void *data, size_t size, uint8_t out[KPATCH_DIGEST_SIZE])
{
	crypto_generichash(out, KPATCH_DIGEST_SIZE, data, size, NULL, 0);
}

void kpatch_file_checksum(const uint8_t *file, size_t size, uint8_t out[KPATCH_CHECKSUM_SIZE])
{
	struct kpatch_file_header h;
	crypto_generichash_state st;

	memcpy(&h, file, sizeof(h));
	memset(h.checksum, 0, sizeof(h.checksum));
	memset(h.signature, 0, sizeof(h.signature));
	crypto_generichash_init(&st, NULL, 0, KPATCH_CHECKSUM_SIZE);
	crypto_generichash_update(&st, (const unsigned char *)&h, sizeof(h));
	crypto_generichash_update(&st, file + sizeof(h), size - sizeof(h));
	crypto_generichash_final(&st, out, KPATCH_CHECKSUM_SIZE);
}

/* A copy of FILE with the signature field zeroed: what the signature covers. */
static uint8_t *signed_bytes(const uint8_t *file, size_t size)
{
	uint8_t *copy = malloc(size);

	if (!copy)
		return NULL;
	memcpy(copy, file, size);
	memset(copy + offsetof(struct kpatch_file_header, signature), 0, KPATCH_SIGNATURE_SIZE);
	return copy;
}

int kpatch_file_seal(uint8_t *file, size_t size, const struct kpatch_secret_key *sk)
{
	struct kpatch_file_header *h = (struct kpatch_file_header *)file;
	uint8_t *copy;

	memset(h->key_id, 0, sizeof(h->key_id));
	memset(h->signature, 0, sizeof(h->signature));
	h->flags &= ~KPATCH_FILE_SIGNED;
	if (sk) {
		h->flags |= KPATCH_FILE_SIGNED;
		/* libsodium's secret key ends with the public key */
		memcpy(h->key_id, sk->sk + crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES,
		       sizeof(h->key_id));
	}
	kpatch_file_checksum(file, size, h->checksum);
	if (!sk)
		return 0;
	copy = signed_bytes(file, size);
	if (!copy)
		return -ENOMEM;
	crypto_sign_detached(h->signature, NULL, copy, size, sk->sk);
	free(copy);
	return 0;
}

int kpatch_file_verify_signature(const uint8_t *file, size_t size,
				 const struct kpatch_keyring *ring, const char **signer)
{
	const struct kpatch_file_header *h = (const struct kpatch_file_header *)file;
	uint8_t *copy = NULL;
	int ret = -ENOKEY;

	for (size_t i = 0; ring && i < ring->n; i++) {
		const struct kpatch_public_key *k = &ring->keys[i];

		if (memcmp(k->pk, h->key_id, sizeof(h->key_id)))
			continue;
		if (!copy)
			copy = signed_bytes(file, size);
		if (!copy)
			return -ENOMEM;
		if (!crypto_sign_verify_detached(h->signature, copy, size, k->pk)) {
			*signer = k->name;
			ret = 0;
			break;
		}
		ret = -EBADMSG;
	}
	free(copy);
	return ret;
}

static int write_key_file(const char *path, const char *header, const uint8_t *key, size_t size,
			  int mode)
{
	char hex[2 * KPATCH_SECRET_KEY_SIZE + 1];
	FILE *f;
	int fd, ret = 0;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0) {
		ret = -errno;
		pr_warn("%s: cannot create key file: %s\n", path, strerror(-ret));
		return ret;
	}
	f = fdopen(fd, "w");
	if (!f) {
		ret = -errno;
		close(fd);
		return ret;
	}
	sodium_bin2hex(hex, sizeof(hex), key, size);
	fprintf(f, "%s\n%s\n", header, hex);
	sodium_memzero(hex, sizeof(hex));
	if (fclose(f)) {
		ret = -errno;
		pr_warn("%s: cannot write key file: %s\n", path, strerror(-ret));
		unlink(path);
	}
	return ret;
}

int kpatch_key_generate(const char *path)
{
	uint8_t pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
	char *pub;
	int ret = kpatch_crypto_init();

	if (ret)
		return ret;
	if (asprintf(&pub, "%s.pub", path) < 0)
		return -ENOMEM;
	crypto_sign_keypair(pk, sk);
	ret = write_key_file(path, KPATCH_SECRET_KEY_HEADER, sk, sizeof(sk), 0600);
	if (!ret) {
		ret = write_key_file(pub, KPATCH_PUBLIC_KEY_HEADER, pk, sizeof(pk), 0644);
		if (ret)
			unlink(path);
	}
	sodium_memzero(sk, sizeof(sk));
	free(pub);
	return ret;
}

/* Reads the one hex line of SIZE bytes under HEADER in PATH into KEY. */
static int read_key_file(const char *path, const char *header, uint8_t *key, size_t size)
{
	char line[512];
	int seen_header = 0, ret = -EINVAL;
	size_t len;
	FILE *f = fopen(path, "re");

	if (!f) {
		ret = -errno;
		pr_warn("%s: cannot read key file: %s\n", path, strerror(-ret));
		return ret;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || !line[0])
			continue;
		if (!seen_header) {
			if (strcmp(line, header))
				break;
			seen_header = 1;
			continue;
		}
		if (!sodium_hex2bin(key, size, line, strlen(line), NULL, &len, NULL) && len == size)
			ret = 0;
		break;
	}
	sodium_memzero(line, sizeof(line));
	fclose(f);
	if (ret)
		pr_warn("%s: not a key file: expected a line '%s' and %zu hex digits\n", path, header,
			2 * size);
	return ret;
}

int kpatch_secret_key_load(const char *path, struct kpatch_secret_key *key)
{
	int ret = kpatch_crypto_init();

	if (!ret)
		ret = read_key_file(path, KPATCH_SECRET_KEY_HEADER, key->sk, sizeof(key->sk));
	return ret;
}

int kpatch_public_key_load(const char *path, struct kpatch_public_key *key)
{
	snprintf(key->name, sizeof(key->name), "%s", path);
	return read_key_file(path, KPATCH_PUBLIC_KEY_HEADER, key->pk, sizeof(key->pk));
}

static int key_name_filter(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

int kpatch_keyring_load(const char *dir, struct kpatch_keyring *ring)
{
	struct dirent **names;
	int n, ret = 0;

	memset(ring, 0, sizeof(*ring));
	n = scandir(dir, &names, key_name_filter, alphasort);
	if (n < 0)
		return errno == ENOENT ? 0 : -errno;
	ring->keys = calloc(n ? n : 1, sizeof(*ring->keys));
	if (!ring->keys)
		ret = -ENOMEM;
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name) >=
		    sizeof(path) - 1)
			path[0] = '\0';
		free(names[i]);
		if (ret || stat(path, &st) || !S_ISREG(st.st_mode))
			continue;
		ret = kpatch_public_key_load(path, &ring->keys[ring->n]);
		if (!ret)
			ring->n++;
	}
	free(names);
	if (ret)
		kpatch_keyring_free(ring);
	return ret;
}

void kpatch_keyring_free(struct kpatch_keyring *ring)
{
	free(ring->keys);
	memset(ring, 0, sizeof(*ring));
}
