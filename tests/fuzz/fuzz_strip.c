/*
 * Fuzz target for kpatch_strip's editing stages, the pipeline of
 * kpatch_build in memory: the input is a PATCHED binary (linked with
 * -Wl,-q), mutated; ORIG is fixed (FUZZ_STRIP_ORIG, built with the seeds).
 * --strip, --rel-fixup, --undo-link and the header must end in an error
 * or in a patch the common loader accepts, never in a crash or undefined
 * behaviour.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/patch_file.h"
#include "common/log.h"
#include "linker/patchfile.h"
#include "linker/strip.h"

#ifndef FUZZ_STRIP_ORIG
#define FUZZ_STRIP_ORIG	"orig"
#endif

static struct elf_file orig;

static void silent(enum log_level level, const char *message)
{
	(void)level;
	(void)message;
}

/* ORIG once, from $FUZZ_STRIP_ORIG or the path the build gave. */
static void load_orig(void)
{
	static int loaded;
	const char *path = getenv("FUZZ_STRIP_ORIG");

	if (loaded)
		return;
	loaded = 1;
	if (elf_load(path ? path : FUZZ_STRIP_ORIG, &orig)) {
		fprintf(stderr, "fuzz_strip: cannot load ORIG %s\n", path ? path : FUZZ_STRIP_ORIG);
		exit(1);
	}
}

/* What patch_write() would write, checked by the loader as it does. */
static void check_patch(const struct elf_file *ef, const struct kpatch_file_header *hdr)
{
	size_t size = sizeof(*hdr) + ef->size;
	unsigned char *buf = malloc(size);
	struct patch_file *pf;

	if (!buf)
		return;
	memcpy(buf, hdr, sizeof(*hdr));
	memcpy(buf + sizeof(*hdr), ef->data, ef->size);
	if (!patch_file_parse("fuzz", buf, size, &pf))
		patch_file_free(pf);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct patch_options opt = {
		.build_id = "0123456789abcdef0123456789abcdef01234567",
		.patch_id = "fuzz",
	};
	struct kpatch_file_header hdr;
	struct elf_file patched;
	int ret;

	log_set_sink(silent);
	load_orig();
	if (elf_parse_copy("patched", data, size, &patched))
		return 0;
	ret = strip_non_kpatch(&patched, 0);
	if (!ret)
		ret = fixup_relocations(&orig, &patched);
	if (!ret)
		ret = undo_link(&patched);
	if (!ret)
		ret = patch_fill_header(&patched, &opt, &hdr);
	if (!ret)
		check_patch(&patched, &hdr);
	elf_free(&patched);
	return 0;
}
