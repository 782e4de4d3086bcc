/*
 * gensrc: merge the assembly of a translation unit's original and patched
 * builds into one assembly file that assembles to the original object plus
 * the changed and new code and data in .kpatch.* sections.  A plain C
 * library with no GCC dependency, shared by kpatch_gensrc and the plugin.
 */
#ifndef LIBCARE_GENSRC_H
#define LIBCARE_GENSRC_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct gensrc_options {
	/* names used in diagnostics; "original" and "patched" when NULL */
	const char *orig_name;
	const char *patched_name;
	/* reach variables the patch does not define through sym@GOTPCREL(%rip) */
	int force_gotpcrel;
	/* make the .kpatch copies of static functions global symbols */
	int force_global;
	/*
	 * Read-only records of the two builds (docs/internals.md, "Read-only
	 * records"), NUL-terminated text, as the GCC plugin writes them.  A
	 * static variable both prove constant (no code writes it, its address
	 * does not escape) may change contents or size like const data.  With
	 * either NULL only const data may change.
	 */
	const char *orig_readonly;
	const char *patched_readonly;
	/*
	 * Count a function that differs only in line numbers passed to calls
	 * (__LINE__ in assert() and error macros) as changed.  By default it
	 * is left unpatched, with a note.
	 */
	int no_line_rule;
	/*
	 * Layout records of the two builds (docs/internals.md, "Layout
	 * records"), NUL-terminated text; with either NULL there is no layout
	 * check.  A changed or new function using a struct or union whose
	 * size, member offsets or member types differ is refused, unless the
	 * type is in LAYOUT_OK ("msg,struct node,conn_t": comma-separated,
	 * a bare tag matches struct, union and typedef of that name).
	 */
	const char *orig_layout;
	const char *patched_layout;
	const char *layout_ok;
	/*
	 * Or, when orig_layout is NULL: called once, when the check needs
	 * them, to set both (the caller keeps them; NULL: no check).  Returns
	 * 0 or -errno after reporting why.  Lets a caller make the records
	 * while gensrc parses and compares.
	 */
	int (*load_layouts)(void *arg, const char **orig, const char **patched);
	void *load_layouts_arg;
	/*
	 * Diagnostic sink: one message per call, without a trailing newline
	 * and without a program prefix ("patched:12: variable 'x': ...").
	 * NULL prints "gensrc: error: MESSAGE" on stderr.
	 */
	void (*message)(void *arg, const char *message);
	void *message_arg;
	/* Informational notes, same form; NULL prints "gensrc: note: MESSAGE" */
	void (*note)(void *arg, const char *message);
	/*
	 * When set, the merged text goes to WRITE in pieces as it is made,
	 * never whole in memory: on success *out is NULL and *out_len the
	 * total.  WRITE returns 0 or -errno (then the merge fails with it,
	 * after part of the text was written; the writer reports why).
	 */
	int (*write)(void *arg, const char *data, size_t len);
	void *write_arg;
};

/*
 * Merge ORIG and PATCHED (neither needs a terminating NUL).  On success
 * returns 0 and sets *out to a malloc'ed NUL-terminated text of *out_len
 * bytes (or NULL with opt->write).  On failure returns -errno (-EINVAL for assembly gensrc cannot
 * patch safely, after reporting why through opt->message).
 */
int gensrc_merge(const char *orig, size_t orig_len, const char *patched, size_t patched_len,
		 const struct gensrc_options *opt, char **out, size_t *out_len);

/*
 * The same without copying the inputs (a file's worth of memory each):
 * their newlines are overwritten with NULs.  Each needs a NUL at
 * [len]; their contents are undefined afterwards.
 */
int gensrc_merge_in_place(char *orig, size_t orig_len, char *patched, size_t patched_len,
			  const struct gensrc_options *opt, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
