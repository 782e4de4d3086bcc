/*
 * kpatch_strip: cut the patch out of a binary linked from kpatch_gensrc
 * output with -Wl,-q.  See docs/internals.md, section 3.
 */
#include <stdio.h>
#include <string.h>

#include "common/log.h"
#include "linker/strip.h"

#define EXIT_FAILED	1
#define EXIT_USAGE	2

static void usage(void)
{
	printf(
		"usage: kpatch_strip --strip IN OUT\n"
		"       kpatch_strip --rel-fixup ORIG PATCHED\n"
		"       kpatch_strip --undo-link [ORIG] PATCHED\n"
		"\n"
		"  --strip      copy IN to OUT keeping only the .kpatch sections, their\n"
		"               relocations and the symbol tables\n"
		"  --rel-fixup  point PATCHED's relocations into ORIG at ORIG's addresses\n"
		"               (in place)\n"
		"  --undo-link  make PATCHED an ET_REL object (in place); ORIG is only\n"
		"               checked to be an ELF file\n"
		"\n"
		"Exit status: 0 on success, 1 on an error, 2 on a usage error.\n");
}

static int do_strip(const char *in, const char *out)
{
	struct elf_file ef;
	int ret;

	ret = elf_load(in, &ef);
	if (ret)
		return ret;
	ret = strip_non_kpatch(&ef, 0);
	if (!ret)
		ret = elf_save(&ef, out);
	elf_free(&ef);
	return ret;
}

static int do_rel_fixup(const char *orig_path, const char *patched_path)
{
	struct elf_file orig, patched;
	int ret;

	ret = elf_load_pair(orig_path, &orig, patched_path, &patched);
	if (ret)
		return ret;
	ret = fixup_relocations(&orig, &patched);
	if (!ret)
		ret = elf_save(&patched, patched_path);
	elf_free(&patched);
	elf_free(&orig);
	return ret;
}

static int do_undo_link(const char *orig_path, const char *patched_path)
{
	struct elf_file ef;
	int ret;

	if (orig_path) {
		ret = elf_load(orig_path, &ef);
		if (ret)
			return ret;
		elf_free(&ef);
	}
	ret = elf_load(patched_path, &ef);
	if (ret)
		return ret;
	ret = undo_link(&ef);
	if (!ret)
		ret = elf_save(&ef, patched_path);
	elf_free(&ef);
	return ret;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	int ret;

	log_set_program("kpatch_strip");
	if (!strcmp(mode, "-h") || !strcmp(mode, "--help")) {
		usage();
		return 0;
	}
	if (!strcmp(mode, "--version")) {
		printf("kpatch_strip (LibCare) %s\n", LIBCARE_VERSION);
		return 0;
	}
	if (!strcmp(mode, "--strip") && argc == 4)
		ret = do_strip(argv[2], argv[3]);
	else if (!strcmp(mode, "--rel-fixup") && argc == 4)
		ret = do_rel_fixup(argv[2], argv[3]);
	else if (!strcmp(mode, "--undo-link") && (argc == 3 || argc == 4))
		ret = do_undo_link(argc == 4 ? argv[2] : NULL, argv[argc - 1]);
	else {
		pr_warn("expected --strip IN OUT, --rel-fixup ORIG PATCHED or --undo-link [ORIG] PATCHED (see --help)\n");
		return EXIT_USAGE;
	}
	return ret ? EXIT_FAILED : 0;
}
