/* kpatch_make's and kpatch_build's common options; see options.h. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "common/log.h"
#include "linker/options.h"

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

int tool_parse_options(const struct tool_command_line *cl, int argc, char **argv,
		       struct patch_options *opt, struct kpatch_secret_key *key, const char **out)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "gen-key", required_argument, NULL, 'G' },
		{ "match", required_argument, NULL, 'M' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, cl->shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			opt->build_id = optarg;
			break;
		case 'r':
			opt->rebuilt_build_id = optarg;
			break;
		case 'k':
			if (kpatch_secret_key_load(optarg, key))
				return EXIT_FAILED;
			opt->key = key;
			break;
		case 'i':
			opt->patch_id = optarg;
			break;
		case 'l':
			if (parse_level(optarg, &opt->patchlevel)) {
				pr_warn("patch level '%s' is not a number\n", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'n':
			opt->object_name = optarg;
			break;
		case 'o':
			*out = optarg;
			break;
		case 'M':
			if (!cl->takes_match) {
				pr_warn("bad option --match (see --help)\n");
				return EXIT_USAGE;
			}
			opt->shipped_path = optarg;
			break;
		case 'G':
			return kpatch_key_generate(optarg) ? EXIT_FAILED : 0;
		case 'h':
			cl->usage();
			return 0;
		case 'V':
			printf("%s (LibCare) %s\n", cl->program, LIBCARE_VERSION);
			return 0;
		default:
			if (optopt)
				pr_warn("bad option -%c (see --help)\n", optopt);
			else
				pr_warn("bad option %s (see --help)\n", argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	return -1;
}
