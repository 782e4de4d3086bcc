/*
 * kpatch_build: ORIG and PATCHED in, the patch file out, in one command.
 * See docs/internals.md, section 4a.
 */
#include <stdio.h>
#include <unistd.h>

#include "common/log.h"
#include "linker/build.h"
#include "linker/options.h"

static void usage(void)
{
	printf(
		"usage: kpatch_build [-b BUILDID] [-i PATCH_ID] [-l LEVEL] [-n OBJNAME] [-k KEYFILE]\n"
		"                    ORIG PATCHED -o OUT\n"
		"       kpatch_build --gen-key KEYFILE\n"
		"\n"
		"Makes the patch file OUT for ORIG from PATCHED, the binary linked with -Wl,-q\n"
		"from kpatch_gensrc output: the steps kpatch_strip --strip, --rel-fixup,\n"
		"--undo-link and kpatch_make, in memory.\n"
		"\n"
		"  -b BUILDID    GNU BuildID of the object to patch (hex; default: ORIG's);\n"
		"                when ORIG has another one (a rebuild), both are recorded\n"
		"  -k KEYFILE    sign the patch with this Ed25519 secret key\n"
		"  --gen-key KEYFILE  make a key pair: KEYFILE (secret, mode 0600) and\n"
		"                KEYFILE.pub, the file to install in /etc/libcare/keys/\n"
		"  -i PATCH_ID   name of the patch, for libcare-ctl info and unpatch\n"
		"  -l LEVEL      patch level, a number (default 0)\n"
		"  -n OBJNAME    name of the object to patch, for messages (default: the\n"
		"                name of ORIG)\n"
		"  -o OUT        the patch file to write\n"
		"\n"
		"Exit status: 0 on success, 1 on an error, 2 on a usage error.\n");
}

int main(int argc, char **argv)
{
	static const struct tool_command_line cl = { "kpatch_build", "b:k:i:l:n:o:h", usage };
	struct patch_options opt = { 0 };
	struct kpatch_secret_key key;
	const char *out = NULL;
	int ret;

	log_set_program("kpatch_build");
	ret = tool_parse_options(&cl, argc, argv, &opt, &key, &out);
	if (ret >= 0)
		return ret;
	if (optind != argc - 2 || !out) {
		pr_warn("need ORIG, PATCHED and -o OUT (see --help)\n");
		return EXIT_USAGE;
	}
	return build_patch(argv[optind], argv[optind + 1], &opt, out) ? EXIT_FAILED : 0;
}
