/*
 * Does a rebuild load exactly like the binary a distribution shipped?
 * Then a patch made from the rebuild fits the shipped file, keyed by the
 * shipped BuildID.
 */
#ifndef LIBCARE_LINKER_MATCH_H
#define LIBCARE_LINKER_MATCH_H

#include "common/elf/elf_file.h"

/*
 * 0 when REBUILT and SHIPPED agree in the ELF header's load fields, the
 * program headers and every allocated section (name, type, flags,
 * address, size, and the bytes of those with bytes), the GNU BuildID
 * note's bytes excepted.  Else ERR_MISMATCH, logged once naming both files
 * and the section: the first (in REBUILT's order) whose name, type, flags
 * or size differ, else the first whose address or bytes differ.
 */
int match_shipped(const struct elf_file *rebuilt, const struct elf_file *shipped);
/*
 * The same from the files at REBUILT_PATH and SHIPPED_PATH, also when
 * REBUILT is already loaded (pass it, else NULL); on a match the shipped
 * and the rebuilt BuildIDs as hex in SHIPPED_ID and REBUILT_ID (SIZE
 * bytes each).  0, ERR_MISMATCH or -errno, logged.
 */
int match_shipped_file(const struct elf_file *rebuilt, const char *rebuilt_path,
		       const char *shipped_path, char *shipped_id, char *rebuilt_id, size_t size);

#endif
