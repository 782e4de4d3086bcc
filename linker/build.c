/*
 * kpatch_build's pipeline: load ORIG and PATCHED once, then the stages of
 * kpatch_strip and kpatch_make one after the other on the same memory.
 */
#include <errno.h>
#include <string.h>

#include "common/kpatch_file.h"
#include "common/log.h"
#include "linker/build.h"
#include "linker/match.h"
#include "linker/samecode.h"
#include "linker/strip.h"

#define NOTE_ALIGN(n)	(((n) + 3) & ~(size_t)3)

/* The NT_GNU_BUILD_ID note among the SIZE bytes of notes at P, or NULL. */
static const unsigned char *find_build_id(const unsigned char *p, size_t size, size_t *len)
{
	while (size >= sizeof(Elf64_Nhdr)) {
		Elf64_Nhdr n;
		size_t need;

		memcpy(&n, p, sizeof(n));
		need = sizeof(n) + NOTE_ALIGN(n.n_namesz) + NOTE_ALIGN(n.n_descsz);
		if (n.n_namesz > size || n.n_descsz > size || need > size)
			return NULL;
		if (n.n_type == NT_GNU_BUILD_ID && n.n_namesz == 4 &&
		    !memcmp(p + sizeof(n), "GNU", 4)) {
			*len = n.n_descsz;
			return p + sizeof(n) + 4;
		}
		p += need;
		size -= need;
	}
	return NULL;
}

static int build_id_hex(const struct elf_file *orig, char *hex, size_t size, int quiet)
{
	static const char digits[] = "0123456789abcdef";
	const unsigned char *id = NULL;
	size_t len = 0, i;
	unsigned s;

	for (s = 1; s < orig->shnum && !id; s++) {
		const Elf64_Shdr *sh = &orig->shdrs[s];

		if (sh->sh_type == SHT_NOTE)
			id = find_build_id(orig->data + sh->sh_offset, sh->sh_size, &len);
	}
	if (!id || !len || 2 * len + 1 > size) {
		if (quiet)
			return -ENOENT;
		pr_warn("%s: no GNU BuildID note%s; give the BuildID with -b\n", orig->path,
			id ? " of a usable size" : "");
		return -ENOENT;
	}
	for (i = 0; i < len; i++) {
		hex[2 * i] = digits[id[i] >> 4];
		hex[2 * i + 1] = digits[id[i] & 15];
	}
	hex[2 * len] = '\0';
	return 0;
}

int read_build_id(const struct elf_file *orig, char *hex, size_t size)
{
	return build_id_hex(orig, hex, size, 0);
}

int read_build_id_quiet(const struct elf_file *orig, char *hex, size_t size)
{
	return build_id_hex(orig, hex, size, 1);
}

int build_patch(const char *orig_path, const char *patched_path, const struct patch_options *opt,
		const char *out)
{
	struct patch_options o = *opt;
	char build_id[KPATCH_BUILD_ID_MAX], own_id[KPATCH_BUILD_ID_MAX];
	struct kpatch_file_header hdr;
	struct elf_file orig, patched;
	int ret;

	ret = elf_load_pair(orig_path, &orig, patched_path, &patched);
	if (ret)
		return ret;
	if (o.shipped_path) {
		/* ORIG is a rebuild: the patch is for the shipped file it loads like */
		ret = match_shipped_file(&orig, orig_path, o.shipped_path, build_id, own_id,
					 sizeof(build_id));
		o.build_id = build_id;
		o.rebuilt_build_id = own_id;
	} else if (!o.build_id) {
		ret = read_build_id(&orig, build_id, sizeof(build_id));
		o.build_id = build_id;
	} else if (!o.rebuilt_build_id && !read_build_id_quiet(&orig, own_id, sizeof(own_id))) {
		/* ORIG is a rebuild of the shipped object: both are recorded */
		o.rebuilt_build_id = own_id;
	}
	if (!ret)
		ret = check_unchanged_code(&orig, &patched);
	if (!ret)
		ret = strip_non_kpatch(&patched, 0);
	if (!ret)
		ret = fixup_relocations(&orig, &patched);
	if (!ret)
		ret = undo_link(&patched);
	if (!ret)
		ret = patch_fill_header(&patched, &o, &hdr);
	if (!ret)
		ret = patch_write(&patched, &hdr, o.key, out);
	elf_free(&patched);
	elf_free(&orig);
	return ret;
}
