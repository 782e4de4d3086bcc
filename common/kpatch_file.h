/*
 * The on-disk patch file (BUILDID.kpatch) and the records shared by the
 * build tools and the doctor.  A patch file is this header followed by an
 * x86-64 ELF ET_REL image produced by `kpatch_strip --undo-link`.  This is
 * the one description of the format; common/kpatch/patch_file.c is the one
 * loader that checks it, used by the doctor on every file it reads and by
 * kpatch_make on every file before it writes it.
 *
 * What a valid patch file is:
 *  - header: magic, version and header_size as below; build_id non-empty,
 *    lower-case hex, an even number of digits (a BuildID is bytes), at most
 *    KPATCH_BUILD_ID_DIGITS; patch_id printable ASCII without spaces;
 *    object_name terminated; elf_offset == header_size and elf_size the
 *    rest of the file exactly; the file at most KPATCH_FILE_MAX bytes.
 *  - image: a little-endian x86-64 ELF ET_REL file whose tables pass
 *    common/elf (bounds, string tables, links, indices, extended
 *    numbering); exactly one symbol table; no REL sections and no common
 *    symbols; every symbol in SHN_UNDEF, SHN_ABS or a section in range.
 *  - .kpatch sections (allocated, named ".kpatch*") are what goes into the
 *    patch region: alignment at most 4096.  Relocations that apply to them
 *    come from RELA sections linked to the symbol table; each lies within
 *    its section for the width of its type, and names either a symbol
 *    defined in a .kpatch section, SHN_ABS or SHN_UNDEF (resolved in the
 *    patient).  Relocations applying to other sections are ignored.
 *  - exactly one .kpatch.info, a .kpatch section of SHT_PROGBITS holding a
 *    non-zero whole number of struct kpatch_info_entry.
 */
#ifndef LIBCARE_KPATCH_FILE_H
#define LIBCARE_KPATCH_FILE_H

#include <stdint.h>

#define KPATCH_FILE_MAGIC	"LCKPATCH"	/* 8 bytes, no NUL */
#define KPATCH_FILE_VERSION	1

#define KPATCH_BUILD_ID_MAX	64	/* hex string, NUL-terminated */
#define KPATCH_BUILD_ID_DIGITS	62	/* at most, and an even number */
#define KPATCH_PATCH_ID_MAX	64	/* NUL-terminated */
#define KPATCH_OBJNAME_MAX	256	/* NUL-terminated, informational */
#define KPATCH_FILE_MAX		(1ULL << 30)	/* bytes, header included */
#define KPATCH_SECTION_ALIGN_MAX	4096

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
