/* Static variables that no code of the unit writes; see readonly.cc. */
#ifndef LIBCARE_PLUGIN_READONLY_H
#define LIBCARE_PLUGIN_READONLY_H

/* Hooks the analysis into cc1 (every function before expansion, the unit's end). */
void readonly_register(const char *plugin_name);
/* Writes the unit's record beside the stashed assembly ASM_PATH (OBJ.STAGE.readonly). */
int readonly_save(const char *asm_path);
/* The record beside ASM_PATH, xmalloc'ed and NUL-terminated, or NULL when there is none. */
char *readonly_load(const char *asm_path);

#endif
