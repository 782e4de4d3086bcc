/*
 * Turning a patch file into the exact bytes of its region in one patient:
 * symbols resolved, .kpatch* sections laid out with a jump table and GOT
 * slots, relocations applied, all in a local buffer and before anything in
 * the patient changes.
 */
#ifndef LIBCARE_DOCTOR_RELOCATE_H
#define LIBCARE_DOCTOR_RELOCATE_H

#include <stddef.h>
#include <stdint.h>

#include "doctor/objects.h"
#include "doctor/patchfile.h"
#include "doctor/patient.h"

/* A function to redirect, from .kpatch.info after relocation. */
struct patch_func {
	uint64_t old_addr, old_size;
	uint64_t new_addr, new_size;
	uint64_t name_addr;
	uint64_t flags;		/* KPATCH_INFO_* (common/kpatch_info_flags.h) */
	char name[128];
};

struct symbol_value;

struct patch_image {
	const struct patch_file *pf;
	const struct object *target;
	char ctx[128];			/* "pid N: patch ID", the prefix of messages */

	/* layout, the same wherever the region goes */
	uint64_t *sec_off;		/* per section: offset in the region, or UINT64_MAX */
	struct symbol_value *syms;	/* per symbol of the patch */
	size_t record_size;		/* the record comes first */
	size_t exec_size;		/* r-x part: record, code, read-only data, jump table */
	size_t size;			/* whole region, rw- part after exec_size */
	size_t nfuncs;
	size_t unwind_off;		/* unwind descriptor and call stub (unwind.h), or 0 */
	size_t unwind_object_off;	/* the unwinder's rw object, or 0 */
	int need_low;			/* an R_X86_64_32/32S points into the region */

	/* after image_relocate() */
	uint64_t base;
	uint8_t *buf;			/* size bytes, the region's future contents */
	struct patch_func *funcs;	/* nfuncs entries */
};

/*
 * Resolves every symbol the patch's relocations use against SET (the
 * patient P is read for IFUNC GOT slots) and lays the region out.  Logs and
 * returns -ERR_NO_SYMBOL, -ERR_UNSUPPORTED or -ERR_BAD_PATCH.
 */
int image_prepare(struct patch_image *img, const struct patch_file *pf, const struct object *target,
		  struct object_set *set, struct patient *p);
/* Fills img->buf for a region at BASE and reads the functions to redirect. */
int image_relocate(struct patch_image *img, uint64_t base);
void image_free(struct patch_image *img);

#endif
