/* Loading a patch file or a patch directory; see patchdir.h. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/errors.h"
#include "doctor/patchdir.h"

void patch_set_free(struct patch_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		patch_file_free(set->files[i]);
	free(set->files);
	memset(set, 0, sizeof(*set));
}

static int add_patch(struct patch_set *set, const struct trust *t, const char *path)
{
	struct patch_file **files, *pf;
	int ret = trust_check_path(t, path);

	if (!ret)
		ret = patch_file_load_trusted(path, &t->patch, &pf);
	if (ret)
		return ret;
	files = realloc(set->files, (set->n + 1) * sizeof(*files));
	if (!files) {
		patch_file_free(pf);
		return -ENOMEM;
	}
	set->files = files;
	set->files[set->n++] = pf;
	return 0;
}

static int dir_filter(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

static int is_kpatch_name(const char *name)
{
	size_t len = strlen(name);

	return len > 7 && !strcmp(name + len - 7, ".kpatch");
}

/*
 * DIR/BUILDID/latest/kpatch.bin, or with no `latest` the highest numbered
 * level.  0 with FILE empty when the directory holds no level.
 */
static int level_file(const char *dir, char *file, size_t size)
{
	struct dirent **names;
	long best = -1;
	int n;

	snprintf(file, size, "%s/latest/kpatch.bin", dir);
	if (!access(file, F_OK))
		return 0;
	file[0] = '\0';
	n = scandir(dir, &names, dir_filter, alphasort);
	if (n < 0)
		return -errno;
	for (int i = 0; i < n; i++) {
		char *end;
		long v = strtol(names[i]->d_name, &end, 10);

		if (!*end && end != names[i]->d_name && v > best) {
			/* the name is all digits: it fits */
			snprintf(file, size, "%s/%ld/kpatch.bin", dir, v);
			if (!access(file, F_OK))
				best = v;
		}
		free(names[i]);
	}
	free(names);
	if (best < 0)
		file[0] = '\0';
	else
		snprintf(file, size, "%s/%ld/kpatch.bin", dir, best);
	return 0;
}

static int add_dir(struct patch_set *set, const struct trust *t, const char *path, int depth);

/*
 * One entry of a patch directory: NAME.kpatch, NAME/ with levels, or (in a
 * patch root, DEPTH 0) NAME/ as a patch directory of its own: one per patch
 * package under /var/lib/libcare/patches.
 */
static int add_dir_entry(struct patch_set *set, const struct trust *t, const char *dir,
			 const char *name, int depth)
{
	char path[4096], file[4200];
	size_t len = strlen(name);
	struct stat st;
	int ret;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (is_kpatch_name(name)) {
		len -= 7;
		snprintf(file, sizeof(file), "%s", path);
	} else if (!stat(path, &st) && S_ISDIR(st.st_mode)) {
		ret = level_file(path, file, sizeof(file));
		if (!ret && !file[0] && depth == 0)
			return add_dir(set, t, path, depth + 1);
		if (ret || !file[0])
			return 0;
	} else {
		return 0;
	}
	ret = add_patch(set, t, file);
	if (!ret && (strlen(set->files[set->n - 1]->hdr.build_id) != len ||
		     strncmp(set->files[set->n - 1]->hdr.build_id, name, len))) {
		pr_warn("%s: bad patch file: it is for BuildID %s, not the one its path says\n", file,
			printable(set->files[set->n - 1]->hdr.build_id));
		ret = -ERR_BAD_PATCH;
	}
	return ret;
}

int patch_set_load(const char *path, struct patch_set *set)
{
	return patch_set_load_opts(path, NULL, set);
}

int patch_set_load_opts(const char *path, const struct trust_options *opt, struct patch_set *set)
{
	struct trust t;
	int ret = trust_init(&t, opt);

	memset(set, 0, sizeof(*set));
	if (ret)
		return ret;
	ret = patch_set_load_trusted(path, &t, set);
	/* the names of the keys go with the keyring */
	for (size_t i = 0; i < set->n; i++)
		set->files[i]->signer = NULL;
	trust_free(&t);
	return ret;
}

/* Every patch of the directory PATH into SET, DEPTH levels below the root. */
static int add_dir(struct patch_set *set, const struct trust *t, const char *path, int depth)
{
	struct dirent **names;
	int n, ret;

	ret = trust_check_path(t, path);
	if (ret)
		return ret;
	n = scandir(path, &names, dir_filter, alphasort);
	if (n < 0) {
		ret = -errno;
		pr_warn("%s: cannot read patch directory: %s\n", path, strerror(-ret));
		return -ERR_BAD_PATCH;
	}
	for (int i = 0; i < n; i++) {
		if (!ret)
			ret = add_dir_entry(set, t, path, names[i]->d_name, depth);
		free(names[i]);
	}
	free(names);
	return ret;
}

int patch_set_load_trusted(const char *path, const struct trust *t, struct patch_set *set)
{
	struct stat st;
	int ret;

	memset(set, 0, sizeof(*set));
	if (stat(path, &st) || !S_ISDIR(st.st_mode))
		return add_patch(set, t, path);
	set->from_dir = 1;
	ret = add_dir(set, t, path, 0);
	if (ret)
		patch_set_free(set);
	return ret;
}

