/*
 * gensrc_merge(): the pipeline.  Parse both files into blocks, pair every
 * patched variable and function with its original twin, check the data
 * rules, then write the original text with the patch added.
 */
#include <errno.h>
#include <stdlib.h>

#include "internal.h"

static int merge(char *orig, size_t orig_len, char *patched, size_t patched_len, int writable,
		 const struct gensrc_options *opt, char **out, size_t *out_len)
{
	struct gensrc g = { .opt = opt };
	struct outbuf buf = { .write = opt->write, .write_arg = opt->write_arg };
	int err;

	g.orig.name = opt->orig_name ? opt->orig_name : "original";
	g.patched.name = opt->patched_name ? opt->patched_name : "patched";
	g.rename = strmap_new();
	if (!g.rename)
		return -ENOMEM;
	err = parse_file(&g, &g.orig, orig, orig_len, writable);
	if (!err)
		err = parse_file(&g, &g.patched, patched, patched_len, writable);
	if (!err)
		err = check_same_source(&g);
	if (!err)
		err = match_variables(&g);
	if (!err)
		err = match_functions(&g);
	if (!err)
		err = check_layouts(&g);
	if (!err)
		err = retarget_label_tables(&g);
	if (!err)
		err = check_removed_variables(&g);
	if (!err)
		err = collect_orig_symbols(&g);
	if (!err)
		err = emit_merged(&g, &buf);
	out_flush(&buf);
	if (buf.write_err)
		err = buf.write_err;	/* the writer said why */
	else if (!err && buf.failed)
		err = -ENOMEM;
	if (err == -ENOMEM)
		gensrc_error(&g, NULL, -1, "out of memory");
	if (!err && buf.write) {
		free(buf.data);
		*out = NULL;
		*out_len = buf.written;
	} else if (!err) {
		*out = buf.data ? buf.data : calloc(1, 1);
		*out_len = buf.len;
		if (!*out)
			err = -ENOMEM;
	} else {
		free(buf.data);
	}
	free_file(&g.orig);
	free_file(&g.patched);
	strmap_free(g.rename, 0);
	strmap_free(g.orig_symbols, 0);
	free_readonly_records(&g);
	return err;
}

int gensrc_merge(const char *orig, size_t orig_len, const char *patched, size_t patched_len,
		 const struct gensrc_options *opt, char **out, size_t *out_len)
{
	/* not written to: parse_file() copies them */
	return merge((char *)orig, orig_len, (char *)patched, patched_len, 0, opt, out, out_len);
}

int gensrc_merge_in_place(char *orig, size_t orig_len, char *patched, size_t patched_len,
			  const struct gensrc_options *opt, char **out, size_t *out_len)
{
	return merge(orig, orig_len, patched, patched_len, 1, opt, out, out_len);
}
