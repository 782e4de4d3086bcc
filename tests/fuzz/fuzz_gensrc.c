/*
 * Fuzz target for gensrc's parser and the merge over it: any text, as the
 * original and the patched assembly, gives a merged text or an error
 * through the message callback, never a crash.  An input with a NUL byte
 * is split there (original before, patched after); one without is merged
 * with itself, the case of a file whose functions did not change.  The
 * input's length picks the plugin's options (its two low bits), so that
 * each text is tried with each.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gcc-plugin/gensrc/gensrc.h"

static void silent(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gensrc_options opt = {
		.force_gotpcrel = size & 1,
		.force_global = (size >> 1) & 1,
		.message = silent,
	};
	const char *text = (const char *)data, *nul = memchr(text, '\0', size);
	size_t orig_len = nul ? (size_t)(nul - text) : size;
	const char *patched = nul ? nul + 1 : text;
	size_t patched_len = nul ? size - orig_len - 1 : size;
	char *out = NULL;
	size_t out_len = 0;

	if (!gensrc_merge(text, orig_len, patched, patched_len, &opt, &out, &out_len)) {
		if (strlen(out) != out_len)
			abort();	/* the merged text is one NUL-terminated string */
		free(out);
	}
	return 0;
}
