/*
 * kpatch_make: prepend the patch file header to the ET_REL image made by
 * kpatch_strip --undo-link.  See docs/internals.md, section 4.
 */
#include <stdio.h>
#include <unistd.h>

#include "common/log.h"
#include "linker/options.h"
#include "linker/patchfile.h"

static void usage(void)
{
	printf(
		"usage: kpatch_make -b BUILDID [-r BUILDID] [-i PATCH_ID] [-l PATCHLEVEL] [-n OBJNAME]\n"
		"                   [-k KEYFILE] IN -o OUT\n"
		"       kpatch_make --gen-key KEYFILE\n"
		"\n"
		"  -b BUILDID    GNU BuildID of the object to patch (hex)\n"
		"  -r BUILDID    BuildID of the rebuild of that object the patch was made\n"
		"                from, when it is not the same (recorded for information)\n"
		"  -k KEYFILE    sign the patch with this Ed25519 secret key\n"
		"  --gen-key KEYFILE  make a key pair: KEYFILE (secret, mode 0600) and\n"
		"                KEYFILE.pub, the file to install in /etc/libcare/keys/\n"
		"  -i PATCH_ID   name of the patch, for libcare-ctl info and unpatch\n"
		"  -l LEVEL      patch level, a number (default 0)\n"
		"  -n OBJNAME    name of the object to patch, for messages (default: the one\n"
		"                kpatch_strip --rel-fixup recorded, else the name of IN)\n"
		"  -o OUT        the patch file to write\n"
		"\n"
		"Exit status: 0 on success, 1 on an error, 2 on a usage error.\n");
}

int main(int argc, char **argv)
{
	static const struct tool_command_line cl = { "kpatch_make", "b:r:k:i:l:n:o:h", usage, 0 };
	struct patch_options opt = { 0 };
	struct kpatch_secret_key key;
	struct kpatch_file_header hdr;
	const char *out = NULL;
	struct elf_file ef;
	int ret;

	log_set_program("kpatch_make");
	ret = tool_parse_options(&cl, argc, argv, &opt, &key, &out);
	if (ret >= 0)
		return ret;
	if (optind != argc - 1 || !opt.build_id || !out) {
		pr_warn("need -b BUILDID, -o OUT and one input file (see --help)\n");
		return EXIT_USAGE;
	}

	ret = elf_load(argv[optind], &ef);
	if (ret)
		return EXIT_FAILED;
	ret = patch_fill_header(&ef, &opt, &hdr);
	if (!ret)
		ret = patch_write(&ef, &hdr, opt.key, out);
	elf_free(&ef);
	return ret ? EXIT_FAILED : 0;
}
