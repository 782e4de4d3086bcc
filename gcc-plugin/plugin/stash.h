/* The plugin's stash of per-object assembly; see stash.c. */
#ifndef LIBCARE_PLUGIN_STASH_H
#define LIBCARE_PLUGIN_STASH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What cc1 knows about the translation unit it compiles. */
struct stash_unit {
	const char *main_input;	/* main_input_filename */
	const char *dump_dir;	/* -dumpdir, may be NULL */
	const char *dump_base;	/* -dumpbase, may be NULL */
};

/*
 * The absolute path of the object (or .s) this TU becomes: 0, or
 * STASH_NO_IDENTITY for a compile from standard input or into /dev/null
 * or standard output (a build script's probe: nothing is linked from it,
 * and nothing names it the same way in both stages), or -errno.
 */
#define STASH_NO_IDENTITY 1
int stash_object_key(const struct stash_unit *unit, char *key, size_t size);
/* STASH_DIR/KEY.STAGE.s, or KEY's directory/.libcare/NAME.STAGE.s without one. */
int stash_path(const char *stash_dir, const char *key, const char *stage, char *path,
	       size_t size);
int stash_write(const char *path, const char *text, size_t len);
/* *text is malloc'ed and NUL-terminated. */
int stash_read(const char *path, char **text, size_t *len);

#ifdef __cplusplus
}
#endif

#endif
