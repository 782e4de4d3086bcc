/*
 * kpatch_make: prepend the patch file header to the ET_REL image made by
 * kpatch_strip --undo-link.  See docs/internals.md, section 4.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/sign.h"
#include "common/log.h"
#include "linker/patchfile.h"

#define EXIT_FAILED	1
#define EXIT_USAGE	2

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

static int parse_level(const char *s, uint32_t *out)
{
	unsigned long long v;
	char *end;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (!*s || *end || errno || v > UINT32_MAX || *s == '-')
		return -EINVAL;
	*out = v;
	return 0;
}

int main(int argc, char **argv)
{
	struct patch_options opt = { 0 };
	struct kpatch_secret_key key;
	struct kpatch_file_header hdr;
	const char *out = NULL;
	struct elf_file ef;
	int c, ret;

	log_set_program("kpatch_make");
	if (argc == 2 && !strcmp(argv[1], "--help")) {
		usage();
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "--version")) {
		printf("kpatch_make (LibCare) %s\n", LIBCARE_VERSION);
		return 0;
	}
	if (argc == 3 && !strcmp(argv[1], "--gen-key"))
		return kpatch_key_generate(argv[2]) ? EXIT_FAILED : 0;
	opterr = 0;
	while ((c = getopt(argc, argv, "b:r:k:i:l:n:o:h")) != -1) {
		switch (c) {
		case 'b':
			opt.build_id = optarg;
			break;
		case 'r':
			opt.rebuilt_build_id = optarg;
			break;
		case 'k':
			if (kpatch_secret_key_load(optarg, &key))
				return EXIT_FAILED;
			opt.key = &key;
			break;
		case 'i':
			opt.patch_id = optarg;
			break;
		case 'l':
			if (parse_level(optarg, &opt.patchlevel)) {
				pr_warn("patch level '%s' is not a number\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'n':
			opt.object_name = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		case 'h':
			usage();
			return 0;
		default:
			pr_warn("bad option -%c (see --help)\n", optopt);
			return EXIT_USAGE;
		}
	}
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
