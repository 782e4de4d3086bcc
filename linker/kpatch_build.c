/*
 * kpatch_build: ORIG and PATCHED in, the patch file out, in one command.
 * See docs/internals.md, section 4a.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/sign.h"
#include "common/log.h"
#include "linker/build.h"

#define EXIT_FAILED	1
#define EXIT_USAGE	2

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
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "gen-key", required_argument, NULL, 'G' },
		{ NULL, 0, NULL, 0 },
	};
	struct patch_options opt = { 0 };
	struct kpatch_secret_key key;
	const char *out = NULL;
	int c;

	log_set_program("kpatch_build");
	opterr = 0;
	while ((c = getopt_long(argc, argv, "b:k:i:l:n:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			opt.build_id = optarg;
			break;
		case 'k':
			if (kpatch_secret_key_load(optarg, &key))
				return EXIT_FAILED;
			opt.key = &key;
			break;
		case 'G':
			return kpatch_key_generate(optarg) ? EXIT_FAILED : 0;
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
		case 'V':
			printf("kpatch_build (LibCare) %s\n", LIBCARE_VERSION);
			return 0;
		default:
			if (optopt)
				pr_warn("bad option -%c (see --help)\n", optopt);
			else
				pr_warn("bad option %s (see --help)\n", argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind != argc - 2 || !out) {
		pr_warn("need ORIG, PATCHED and -o OUT (see --help)\n");
		return EXIT_USAGE;
	}
	return build_patch(argv[optind], argv[optind + 1], &opt, out) ? EXIT_FAILED : 0;
}
