/*
 * Strings from patch files and patients (object names, patch ids, function
 * and symbol names) are data, never terminal control: every message that
 * prints one passes it through printable() first.
 */
#ifndef LIBCARE_COMMON_PRINTABLE_H
#define LIBCARE_COMMON_PRINTABLE_H

#include <stddef.h>

/*
 * S with each byte outside printable ASCII shown as \xNN, and a backslash
 * as \\ (so an escape sequence reads "\x1b[2J"); "(null)" for NULL.  Past
 * PRINTABLE_MAX bytes of output it ends in "...".  The result lives in one
 * of PRINTABLE_SLOTS static buffers used in turn, enough for the arguments
 * of one message; not for threads.
 */
#define PRINTABLE_MAX	512
#define PRINTABLE_SLOTS	8
const char *printable(const char *s);

/* The same into BUF of SIZE bytes (at least 5); returns BUF. */
char *printable_into(char *buf, size_t size, const char *s);

#endif
