/*
 * The description of an applied patch kept in the patient's own memory, at
 * the start of the patch region, so that a later doctor run (`info`,
 * `unpatch`) needs no file on disk.  The layout is part of the on-patient
 * ABI: change RECORD_VERSION when changing it.
 */
#ifndef LIBCARE_DOCTOR_RECORD_H
#define LIBCARE_DOCTOR_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "common/kpatch_file.h"
#include "doctor/patient.h"

#define RECORD_MAGIC	"LCPATCH\x7f"	/* 8 bytes */
#define RECORD_VERSION	2	/* 2 added stopped_ns; version 1 records are still read */
#define RECORD_VMA_NAME	"libcare-patch"	/* what /proc/PID/maps shows as [anon:...] */

enum record_state {
	RECORD_LOADING = 1,	/* body written, no entry jump yet (or being written) */
	RECORD_APPLIED = 2,	/* every entry jump written */
	RECORD_REMOVING = 3,	/* original bytes being restored */
};

struct record_header {
	char magic[8];
	uint32_t version;
	uint32_t state;			/* enum record_state */
	uint64_t region_start;		/* where the region was mapped */
	uint64_t region_size;		/* whole region, page-aligned */
	uint64_t exec_size;		/* the first exec_size bytes are r-x, the rest rw- */
	uint64_t applied_at;		/* seconds since the epoch */
	uint32_t patchlevel;
	uint32_t nr_funcs;
	char build_id[KPATCH_BUILD_ID_MAX];
	char patch_id[KPATCH_PATCH_ID_MAX];
	char object_name[KPATCH_OBJNAME_MAX];	/* path of the patched object */
	char vma_name[16];		/* RECORD_VMA_NAME, for PR_SET_VMA_ANON_NAME */
	/* version 2 on; a version 1 header ends here (RECORD_V1_HEADER_SIZE) */
	uint64_t stopped_ns;		/* how long the apply held the patient stopped;
					 * 0: not known (written once it is resumed) */
};

#define RECORD_V1_HEADER_SIZE	offsetof(struct record_header, stopped_ns)

struct record_func {
	uint64_t old_addr, old_size;	/* the original function */
	uint64_t new_addr, new_size;	/* its replacement, inside the region */
	uint64_t name_addr;		/* its name, a string inside the region */
	uint8_t saved[8];		/* original bytes at old_addr */
	uint8_t jump[8];		/* the entry jump written over them */
	uint32_t len;			/* bytes of saved/jump in use */
	uint32_t reserved;
};

/* Bytes of the record for NFUNCS functions, rounded to 64. */
size_t record_size(size_t nfuncs);

enum func_state { FUNC_ORIGINAL, FUNC_REDIRECTED, FUNC_CHANGED };

/* A record read back from a patient (any version: the fields a version
 * lacks are 0). */
struct applied_patch {
	struct record_header hdr;
	struct record_func *funcs;
	char (*names)[128];
	enum func_state *states;	/* from the bytes now at each old_addr */
	size_t nr_redirected;
};

/* Finds every patch region of P by the magic at the start of its anonymous
 * mappings, and reads each record with the state of every entry. */
int record_scan(struct patient *p, struct applied_patch **out, size_t *count);
/* How many mappings of PID could hold a record, from /proc/PID/maps alone,
 * so that processes with none (kernel threads too) are never opened. */
int record_maybe(pid_t pid);
void record_free(struct applied_patch *patches, size_t count);
/* Rereads the state of each function of AP from the patient's code. */
int record_refresh(struct patient *p, struct applied_patch *ap);
/* Writes the state field of the record at REGION. */
int record_set_state(struct patient *p, uint64_t region, enum record_state state);
/* Writes how long the apply of the record at REGION held the patient stopped. */
int record_set_stopped(struct patient *p, uint64_t region, uint64_t ns);
/* "loading", "applied", "partially applied"... for messages. */
const char *record_state_name(const struct applied_patch *ap);

#endif
