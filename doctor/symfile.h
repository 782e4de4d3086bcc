/*
 * A symbol file for the patch regions of a process, for debuggers: gdb's
 * `add-symbol-file FILE` then names the code the patches run.
 */
#ifndef LIBCARE_DOCTOR_SYMFILE_H
#define LIBCARE_DOCTOR_SYMFILE_H

#include <sys/types.h>

/*
 * Writes PATH, an ELF file (ET_EXEC) with one SHT_NOBITS code section at
 * the address of each patch region of PID and a function symbol for each
 * new function, read from the records in the process alone.  *NFUNCS
 * counts the symbols.  0 or -errno.
 */
int symfile_write(pid_t pid, const char *path, size_t *nfuncs);

#endif
