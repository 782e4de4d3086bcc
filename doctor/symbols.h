/*
 * Resolving the names a patch imports (`printf`, `printf@GLIBC_2.2.5`,
 * `printf@@GLIBC_2.2.5`) against the dynamic symbol tables of the objects a
 * patient has loaded, versions checked the way the dynamic linker does.
 */
#ifndef LIBCARE_DOCTOR_SYMBOLS_H
#define LIBCARE_DOCTOR_SYMBOLS_H

#include <stdint.h>

#include "doctor/objects.h"
#include "doctor/patient.h"

struct resolved_symbol {
	uint64_t addr;			/* run-time address in the patient */
	unsigned char type;		/* STT_* of the definition */
	const struct object *obj;	/* where it was found */
};

/*
 * Looks SPEC up in OBJ alone.  A plain name matches the default version (or
 * an unversioned symbol), `name@VER` any definition of version VER, hidden
 * ones included, `name@@VER` only the default one.  0 or -ERR_NO_SYMBOL.
 */
int object_find_symbol(const struct object *obj, const char *spec, struct resolved_symbol *out);

/*
 * Looks SPEC up in FIRST, then in every other object of SET in map order.
 * An STT_GNU_IFUNC definition is resolved through a GOT slot of an object
 * importing it, read from the patient P (-ERR_UNSUPPORTED when none does).
 * 0 or -ERR_NO_SYMBOL, not logged.
 */
int symbol_resolve(struct object_set *set, const struct object *first, struct patient *p,
		   const char *spec, struct resolved_symbol *out);

#endif
