/*
 * kpatch_build: ORIG and PATCHED in, the patch file out, in one command.
 * See docs/internals.md, section 4a.
 */
#include <stdio.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/kpatch_file.h"
#include "common/log.h"
#include "linker/build.h"
#include "linker/match.h"
#include "linker/options.h"

static void usage(void)
{
	printf(
		"usage: kpatch_build [-b BUILDID] [-i PATCH_ID] [-l LEVEL] [-n OBJNAME] [-k KEYFILE]\n"
		"                    [--match SHIPPED] ORIG PATCHED -o OUT\n"
		"       kpatch_build --match SHIPPED ORIG\n"
		"       kpatch_build --gen-key KEYFILE\n"
		"\n"
		"Makes the patch file OUT for ORIG from PATCHED, the binary linked with -Wl,-q\n"
		"from kpatch_gensrc output: the steps kpatch_strip --strip, --rel-fixup,\n"
		"--undo-link and kpatch_make, in memory.\n"
		"\n"
		"  -b BUILDID    GNU BuildID of the object to patch (hex; default: ORIG's);\n"
		"                when ORIG has another one (a rebuild), both are recorded\n"
		"  --match SHIPPED  ORIG is a rebuild of SHIPPED (a distribution's file):\n"
		"                check that every allocated section but the BuildID note is\n"
		"                byte-identical, then key the patch by SHIPPED's BuildID and\n"
		"                record ORIG's; with no PATCHED, only check and print both\n"
		"  -k KEYFILE    sign the patch with this Ed25519 secret key\n"
		"  --gen-key KEYFILE  make a key pair: KEYFILE (secret, mode 0600) and\n"
		"                KEYFILE.pub, the file to install in /etc/libcare/keys/\n"
		"  -i PATCH_ID   name of the patch, for libcare-ctl info and unpatch\n"
		"  -l LEVEL      patch level, a number (default 0)\n"
		"  -n OBJNAME    name of the object to patch, for messages (default: the\n"
		"                name of ORIG)\n"
		"  -o OUT        the patch file to write\n"
		"\n"
		"Exit status: 0 on success, 1 on an error, 2 on a usage error, 3 when ORIG\n"
		"does not match SHIPPED (the first section that differs is named).\n");
}

/* --match with no PATCHED: the check alone, both BuildIDs printed. */
static int check_match(const char *orig, const char *shipped)
{
	char shipped_id[KPATCH_BUILD_ID_MAX], rebuilt_id[KPATCH_BUILD_ID_MAX];
	int ret;

	ret = match_shipped_file(NULL, orig, shipped, shipped_id, rebuilt_id, sizeof(shipped_id));
	if (ret)
		return ret == -ERR_MISMATCH ? EXIT_NO_MATCH : EXIT_FAILED;
	printf("%s matches %s: shipped BuildID %s, rebuilt BuildID %s\n", orig, shipped,
	       shipped_id, rebuilt_id);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct tool_command_line cl = { "kpatch_build", "b:k:i:l:n:o:h", usage, 1 };
	struct patch_options opt = { 0 };
	struct kpatch_secret_key key;
	const char *out = NULL;
	int ret;

	log_set_program("kpatch_build");
	ret = tool_parse_options(&cl, argc, argv, &opt, &key, &out);
	if (ret >= 0)
		return ret;
	if (opt.shipped_path && opt.build_id) {
		pr_warn("--match takes the BuildID from SHIPPED: leave out -b\n");
		return EXIT_USAGE;
	}
	if (opt.shipped_path && optind == argc - 1 && !out)
		return check_match(argv[optind], opt.shipped_path);
	if (optind != argc - 2 || !out) {
		pr_warn("need ORIG, PATCHED and -o OUT (see --help)\n");
		return EXIT_USAGE;
	}
	ret = build_patch(argv[optind], argv[optind + 1], &opt, out);
	return ret == -ERR_MISMATCH ? EXIT_NO_MATCH : ret ? EXIT_FAILED : 0;
}
