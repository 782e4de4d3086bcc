/* The struct and union layouts the unit's functions use; see layout.cc. */
#ifndef LIBCARE_PLUGIN_LAYOUT_H
#define LIBCARE_PLUGIN_LAYOUT_H

#include <stddef.h>

/* At PLUGIN_ALL_PASSES_START: record what cfun uses. */
void layout_record_function(void);
/* The record of the whole unit so far, xmalloc'ed, NUL-terminated. */
char *layout_text(size_t *len);

#endif
