/*
 * The command line kpatch_make and kpatch_build share: -b, -r, -k, -i, -l,
 * -n, -o, --help, --version, --gen-key (and kpatch_build's --match), parsed in one place so the two
 * tools cannot drift apart.
 */
#ifndef LIBCARE_LINKER_OPTIONS_H
#define LIBCARE_LINKER_OPTIONS_H

#include "common/kpatch/sign.h"
#include "linker/patchfile.h"

#define EXIT_FAILED	1
#define EXIT_USAGE	2
#define EXIT_NO_MATCH	3	/* kpatch_build --match: the rebuild is not the shipped file */

struct tool_command_line {
	const char *program;	/* for --version */
	const char *shortopts;	/* the subset of "b:r:k:i:l:n:o:h" the tool takes */
	void (*usage)(void);
	int takes_match;	/* --match SHIPPED (kpatch_build) */
};

/*
 * Fills OPT (KEY holds a key given with -k) and *OUT.  Returns -1 when
 * the tool goes on with its operands from optind, else the exit status
 * for main(): --help, --version and --gen-key are answered here, and a
 * usage error or an unreadable key is reported here.
 */
int tool_parse_options(const struct tool_command_line *cl, int argc, char **argv,
		       struct patch_options *opt, struct kpatch_secret_key *key, const char **out);

#endif
