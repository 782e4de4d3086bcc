/*
 * The on-disk patch file (BUILDID.kpatch) and the records shared by the
 * build tools and the doctor.  A patch file is this header followed by an
 * x86-64 ELF ET_REL image produced by `kpatch_strip --undo-link`.
 */
#ifndef LIBCARE_KPATCH_FILE_H
#define LIBCARE_KPATCH_FILE_H

#include <stdint.h>

#define KPATCH_FILE_MAGIC	"LCKPATCH"	/* 8 bytes, no NUL */
#define KPATCH_FILE_VERSION	1

#define KPATCH_BUILD_ID_MAX	64	/* hex string, NUL-terminated */
#define KPATCH_PATCH_ID_MAX	64	/* NUL-terminated */
#define KPATCH_OBJNAME_MAX	256	/* NUL-terminated, informational */

struct kpatch_file_header {
	char magic[8];				/* KPATCH_FILE_MAGIC */
	uint32_t version;			/* KPATCH_FILE_VERSION */
	uint32_t header_size;			/* sizeof(struct kpatch_file_header) */
	char build_id[KPATCH_BUILD_ID_MAX];	/* target object's GNU BuildID, lower-case hex */
	char patch_id[KPATCH_PATCH_ID_MAX];	/* -i; "" when not given */
	char object_name[KPATCH_OBJNAME_MAX];	/* target's file name, for messages */
	uint32_t patchlevel;			/* -l; 0 when not given */
	uint32_t flags;				/* 0 */
	uint64_t elf_offset;			/* == header_size */
	uint64_t elf_size;			/* bytes of ELF image after the header */
	uint64_t reserved[4];			/* 0 */
};

/*
 * One .kpatch.info entry, emitted by gensrc for every changed function
 * (new functions have none).  Six little-endian quads, in this order.
 * In the ET_REL patch the address fields are filled by R_X86_64_64
 * relocations; the doctor resolves them before reading the entry.
 */
struct kpatch_info_entry {
	uint64_t old_addr;	/* original function in the target object */
	uint64_t old_size;	/* its size in bytes */
	uint64_t new_addr;	/* NAME.kpatch in .kpatch.text */
	uint64_t new_size;	/* its size in bytes */
	uint64_t name;		/* address of "NAME" in .kpatch.strtab */
	uint64_t flags;		/* 0 */
};

#endif
