/*
 * The patch file kpatch_make writes.  It goes through the loader the doctor
 * uses (common/kpatch/patch_file.c) before it is written, so that a bad
 * patch is rejected when it is built rather than when a live process is
 * waiting for it.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/patch_file.h"
#include "common/kpatch/sign.h"
#include "common/log.h"
#include "linker/patchfile.h"
#include "linker/strip.h"

/* Lower-cases ID into OUT; the rule is the loader's, kpatch_build_id_problem(). */
static int copy_build_id(const char *path, const char *id, char *out)
{
	size_t i, len = strlen(id);
	const char *why;

	for (i = 0; i < len && i < KPATCH_BUILD_ID_MAX - 1; i++)
		out[i] = tolower((unsigned char)id[i]);
	/* a string too long for OUT is refused for its length, before its digits */
	why = kpatch_build_id_problem(len <= KPATCH_BUILD_ID_DIGITS ? out : id);
	if (why) {
		pr_warn("%s: BuildID '%s' %s\n", path, id, why);
		return -EINVAL;
	}
	return 0;
}

static int copy_patch_id(const char *path, const char *id, char *out)
{
	size_t i, len = strlen(id);

	if (len >= KPATCH_PATCH_ID_MAX) {
		pr_warn("%s: patch id is longer than %d characters\n", path,
			KPATCH_PATCH_ID_MAX - 1);
		return -EINVAL;
	}
	for (i = 0; i < len; i++)
		if (id[i] < 0x21 || id[i] > 0x7e) {
			pr_warn("%s: patch id '%s' must be printable, without spaces\n", path, id);
			return -EINVAL;
		}
	memcpy(out, id, len);
	return 0;
}

/* The object name kpatch_strip --rel-fixup recorded, or NULL. */
static const char *recorded_object_name(const struct elf_file *ef)
{
	int i = elf_find_section(ef, KPATCH_OBJNAME_SECTION);
	const Elf64_Shdr *s;

	if (i <= 0)
		return NULL;
	s = &ef->shdrs[i];
	if (s->sh_type != SHT_PROGBITS || s->sh_size < 2 ||
	    !memchr(ef->data + s->sh_offset, '\0', s->sh_size))
		return NULL;
	return (const char *)ef->data + s->sh_offset;
}

int patch_fill_header(const struct elf_file *ef, const struct patch_options *opt,
		      struct kpatch_file_header *hdr)
{
	const char *name = opt->object_name;
	int ret;

	memset(hdr, 0, sizeof(*hdr));
	memcpy(hdr->magic, KPATCH_FILE_MAGIC, sizeof(hdr->magic));
	hdr->version = KPATCH_FILE_VERSION;
	hdr->header_size = sizeof(*hdr);
	ret = copy_build_id(ef->path, opt->build_id, hdr->build_id);
	if (!ret && opt->rebuilt_build_id && strcmp(opt->rebuilt_build_id, hdr->build_id))
		ret = copy_build_id(ef->path, opt->rebuilt_build_id, hdr->rebuilt_build_id);
	if (!ret && opt->patch_id)
		ret = copy_patch_id(ef->path, opt->patch_id, hdr->patch_id);
	if (ret)
		return ret;
	if (!name)
		name = recorded_object_name(ef);
	if (!name) {
		name = strrchr(ef->path, '/');
		name = name ? name + 1 : ef->path;
	}
	if (strlen(name) >= KPATCH_OBJNAME_MAX) {
		pr_warn("%s: object name is longer than %d characters\n", ef->path,
			KPATCH_OBJNAME_MAX - 1);
		return -EINVAL;
	}
	strcpy(hdr->object_name, name);
	hdr->patchlevel = opt->patchlevel;
	hdr->elf_offset = sizeof(*hdr);
	hdr->elf_size = ef->size;
	return 0;
}

/*
 * Header and image are put together in memory, sealed, and read back by
 * the loader the doctor uses: a file it would refuse is never written.
 */
int patch_write(const struct elf_file *ef, const struct kpatch_file_header *hdr,
		const struct kpatch_secret_key *key, const char *out)
{
	size_t size = sizeof(*hdr) + ef->size;
	unsigned char *buf = malloc(size);
	struct patch_file *pf;
	int ret;

	if (!buf)
		return -ENOMEM;
	memcpy(buf, hdr, sizeof(*hdr));
	memcpy(buf + sizeof(*hdr), ef->data, ef->size);
	ret = kpatch_crypto_init();
	if (!ret)
		ret = kpatch_file_seal(buf, size, key);
	if (!ret)
		ret = patch_file_parse(ef->path, buf, size, &pf);
	if (!ret) {
		patch_file_free(pf);
		ret = elf_write_file(out, buf, size, 0644);
	}
	free(buf);
	return ret;
}
