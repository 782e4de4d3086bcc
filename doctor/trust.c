/*
 * The doctor's trust policy (trust.h): key directory, required signatures,
 * and the StrictModes-like check of where a patch file lives.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/errors.h"
#include "doctor/trust.h"

/* Why the object at PATH (stat ST) is unsafe to trust as root, or NULL. */
static const char *unsafe_why(const struct stat *st, char *why, size_t size)
{
	if (st->st_uid != 0) {
		snprintf(why, size, "is owned by uid %u, not root", (unsigned)st->st_uid);
		return why;
	}
	if (!(st->st_mode & (S_IWGRP | S_IWOTH)))
		return NULL;
	/* others may add to a sticky directory, but not rename or remove root's entries */
	if (S_ISDIR(st->st_mode) && (st->st_mode & S_ISVTX))
		return NULL;
	snprintf(why, size, "is writable by %s (mode %03o)",
		 (st->st_mode & S_IWOTH) ? "everyone" : "its group", (unsigned)(st->st_mode & 0777));
	return why;
}

/* Walks PATH (absolute) and every directory above it; FOLLOW: stat, else lstat. */
static int check_chain(const char *path, char *walk, int follow)
{
	char why[96];
	struct stat st;

	for (;;) {
		char *slash;

		if (follow ? stat(walk, &st) : lstat(walk, &st)) {
			pr_warn("%s: cannot check %s: %s\n", path, walk, strerror(errno));
			return -ERR_UNSAFE_FILE;
		}
		/* a symbolic link's own mode means nothing; its owner could re-point it */
		if (S_ISLNK(st.st_mode) && st.st_uid) {
			pr_warn("%s: unsafe: the link %s is owned by uid %u, not root; fix it or use --force\n",
				path, walk, (unsigned)st.st_uid);
			return -ERR_UNSAFE_FILE;
		}
		if (!S_ISLNK(st.st_mode) && unsafe_why(&st, why, sizeof(why))) {
			pr_warn("%s: unsafe: %s %s%s; fix it or use --force\n", path,
				strcmp(walk, path) ? walk : "the file", why,
				S_ISDIR(st.st_mode) ? ", and others could replace what it holds" : "");
			return -ERR_UNSAFE_FILE;
		}
		if (!strcmp(walk, "/"))
			return 0;
		slash = strrchr(walk, '/');
		if (slash == walk)
			slash[1] = '\0';
		else
			*slash = '\0';
	}
}

int trust_check_path(const struct trust *t, const char *path)
{
	char real[PATH_MAX], given[PATH_MAX], cwd[PATH_MAX];
	int ret;

	if (t->opt.force || geteuid() != 0)
		return 0;
	if (!realpath(path, real))
		return 0;	/* the loader says why it cannot be read */
	/* the path as given, links included, then where it leads */
	if (path[0] == '/')
		snprintf(given, sizeof(given), "%s", path);
	else if (getcwd(cwd, sizeof(cwd)) &&
		 (size_t)snprintf(given, sizeof(given), "%s/%s", cwd, path) < sizeof(given))
		;
	else
		snprintf(given, sizeof(given), "%s", real);
	while (strlen(given) > 1 && given[strlen(given) - 1] == '/')
		given[strlen(given) - 1] = '\0';
	ret = check_chain(path, given, 0);
	if (!ret)
		ret = check_chain(path, real, 1);
	return ret;
}

int trust_init(struct trust *t, const struct trust_options *opt)
{
	const char *dir;
	int ret;

	memset(t, 0, sizeof(*t));
	if (opt)
		t->opt = *opt;
	if (t->opt.keys_dir && getuid() != geteuid()) {
		pr_warn("--keys is not accepted in a setuid program\n");
		return -EINVAL;
	}
	dir = t->opt.keys_dir ? t->opt.keys_dir : LIBCARE_KEYS_DIR;
	if (!access(LIBCARE_REQUIRE_SIGNATURE, F_OK))
		t->opt.require_signature = 1;
	if (!access(dir, F_OK)) {
		ret = trust_check_path(t, dir);
		if (!ret)
			ret = kpatch_keyring_load(dir, &t->keys);
		for (size_t i = 0; !ret && i < t->keys.n; i++)
			ret = trust_check_path(t, t->keys.keys[i].name);
		if (ret) {
			trust_free(t);
			return ret;
		}
	}
	t->patch.keys = &t->keys;
	t->patch.require_signature = t->opt.require_signature;
	t->patch.accept_version_1 = t->opt.force;
	return 0;
}

void trust_free(struct trust *t)
{
	kpatch_keyring_free(&t->keys);
}
