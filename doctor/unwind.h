/*
 * The patch's unwind information in the patient.  kpatch_strip carries the
 * FDEs of the new code as .kpatch.eh_frame; the doctor loads it into the
 * region and registers it with the unwinder the process uses (libgcc's
 * __register_frame_info, called inside the patient while every thread is
 * stopped and none is in the unwinder's object or the dynamic linker), so
 * that backtrace() and C++ exceptions walk through patch frames.  It is
 * deregistered before the region goes.  A process without that unwinder
 * loaded (a C program that never unwound) gets nothing registered.
 *
 * What a later doctor needs is in the region, after the record:
 *
 *   record | unwind descriptor | call stub room | code ... || ... | libgcc object (rw)
 */
#ifndef LIBCARE_DOCTOR_UNWIND_H
#define LIBCARE_DOCTOR_UNWIND_H

#include <stddef.h>
#include <stdint.h>

#include "doctor/objects.h"
#include "doctor/patient.h"
#include "doctor/record.h"
#include "doctor/relocate.h"

#define UNWIND_MAGIC		"LCUNWIND"
#define UNWIND_DESC_ROOM	128	/* the descriptor, rounded */
#define UNWIND_OBJECT_SIZE	64	/* libgcc's struct object takes 48 */
#define UNWIND_FLAG_OFFSET	56	/* the word in it that says "registered" */

/* At region_start + record_size(nr_funcs); the layout is part of the on-patient ABI. */
struct unwind_desc {
	char magic[8];
	uint64_t eh_frame;			/* .kpatch.eh_frame, 0-terminated */
	uint64_t object;			/* UNWIND_OBJECT_SIZE rw bytes */
	uint64_t stub;				/* REMOTE_CALL_STUB_ROOM r-x bytes */
	uint64_t register_fn, deregister_fn;	/* 0: no unwinder to register with */
	uint64_t unwinder_start, unwinder_end;	/* code of the object defining them */
	uint64_t ld_start, ld_end;		/* the dynamic linker's code */
};

/* Bytes of the region's executable part the unwind information needs
 * after the record (descriptor and stub room); 0 when the patch has none. */
size_t unwind_exec_room(const struct patch_file *pf);
/* Index of .kpatch.eh_frame in PF, or 0. */
unsigned unwind_section(const struct patch_file *pf);

/*
 * Writes IMG's descriptor into img->buf (relocated for its base), with the
 * unwinder found among SET's objects.  Code ranges that no thread may be
 * in during the registration go to RANGES (room for 2); *NRANGES counts
 * them, 0 when nothing will be registered.
 */
void unwind_fill(struct patch_image *img, struct object_set *set, struct patient *p,
		 struct code_range *ranges, size_t *nranges);

/* Registers IMG's unwind information; every thread stopped. */
int unwind_register(struct patient *p, const struct patch_image *img);

/*
 * The descriptor of an applied patch, if its region has one that names an
 * unwinder: 1, 0, or -errno.  RANGES (room for 2) as for unwind_fill(),
 * for the stop: whether the information is registered can change until
 * then (a killed doctor's call finishing on its own).
 */
int unwind_read(struct patient *p, const struct applied_patch *ap, struct unwind_desc *desc,
		struct code_range *ranges, size_t *nranges);
/* Is what DESC describes registered now?  1, 0 or -errno. */
int unwind_is_registered(struct patient *p, const struct unwind_desc *desc);
/* Deregisters what DESC describes if it is registered; every thread stopped. */
int unwind_deregister(struct patient *p, const char *ctx, const struct unwind_desc *desc);
/* The same for IMG, registered by unwind_register(). */
int unwind_deregister_image(struct patient *p, const struct patch_image *img);

#endif
