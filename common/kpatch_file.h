/*
 * The on-disk patch file (BUILDID.kpatch) and the records shared by the
 * build tools and the doctor.  A patch file is this header followed by an
 * x86-64 ELF ET_REL image produced by `kpatch_strip --undo-link`.  This is
 * the one description of the format; common/kpatch/patch_file.c is the one
 * loader that checks it, used by the doctor on every file it reads and by
 * kpatch_make on every file before it writes it.
 *
 * What a valid patch file is:
 *  - header: magic, version 2 and header_size as below; build_id non-empty,
 *    lower-case hex, an even number of digits (a BuildID is bytes), at most
 *    KPATCH_BUILD_ID_DIGITS; rebuilt_build_id empty or the same form;
 *    patch_id printable ASCII without spaces; object_name terminated;
 *    flags only KPATCH_FILE_SIGNED; elf_offset == header_size and elf_size
 *    the rest of the file exactly; the file at most KPATCH_FILE_MAX bytes.
 *  - integrity: checksum is BLAKE2b-256 (libsodium crypto_generichash,
 *    unkeyed) of the whole file as it is written, with the checksum and
 *    signature fields read as zeros.
 *  - signature (optional): with KPATCH_FILE_SIGNED, signature is an Ed25519
 *    signature (libsodium crypto_sign_detached) of the whole file with only
 *    the signature field read as zeros, so it covers the checksum too, made
 *    by the key whose public half starts with key_id.  Without the flag,
 *    key_id and signature are zero.
 *  - image: a little-endian x86-64 ELF ET_REL file whose tables pass
 *    common/elf (bounds, string tables, links, indices, extended
 *    numbering); exactly one symbol table; no REL sections and no common
 *    symbols; every symbol in SHN_UNDEF, SHN_ABS or a section in range.
 *  - .kpatch sections (allocated, named ".kpatch*") are what goes into the
 *    patch region: alignment at most 4096; an executable one is not
 *    writable, and .kpatch.text is executable.  Relocations that apply to
 *    them come from RELA sections linked to the symbol table; each lies
 *    within its section for the width of its type, and names either a
 *    symbol defined in a .kpatch section, SHN_ABS or SHN_UNDEF (resolved in
 *    the patient).  Relocations applying to other sections are ignored.
 *  - exactly one .kpatch.info, a .kpatch section of SHT_PROGBITS holding a
 *    non-zero whole number of struct kpatch_info_entry.
 *  - exactly one .kpatch.digests, a non-allocated SHT_PROGBITS section
 *    holding one struct kpatch_func_digest per .kpatch.info entry, in the
 *    same order: the proof of fit the doctor checks against the patient.
 *
 * Version 1 files (the same header up to elf_size, then 32 reserved zero
 * bytes, no checksum, no digests) are refused, unless the caller forces
 * them: they carry nothing that proves them.
 */
#ifndef LIBCARE_KPATCH_FILE_H
#define LIBCARE_KPATCH_FILE_H

#include <stdint.h>

#define KPATCH_FILE_MAGIC	"LCKPATCH"	/* 8 bytes, no NUL */
#define KPATCH_FILE_VERSION	2
#define KPATCH_FILE_VERSION_1	1	/* header_size 456, no checksum, no digests */
#define KPATCH_FILE_V1_HEADER_SIZE	456

#define KPATCH_BUILD_ID_MAX	64	/* hex string, NUL-terminated */
#define KPATCH_BUILD_ID_DIGITS	62	/* at most, and an even number */
#define KPATCH_PATCH_ID_MAX	64	/* NUL-terminated */
#define KPATCH_OBJNAME_MAX	256	/* NUL-terminated, informational */
#define KPATCH_FILE_MAX		(1ULL << 30)	/* bytes, header included */
#define KPATCH_SECTION_ALIGN_MAX	4096
#define KPATCH_CHECKSUM_SIZE	32	/* BLAKE2b-256 */
#define KPATCH_DIGEST_SIZE	32	/* BLAKE2b-256 */
#define KPATCH_KEY_ID_SIZE	8
#define KPATCH_SIGNATURE_SIZE	64	/* Ed25519 */

struct kpatch_file_header {
	char magic[8];				/* KPATCH_FILE_MAGIC */
	uint32_t version;			/* KPATCH_FILE_VERSION */
	uint32_t header_size;			/* sizeof(struct kpatch_file_header) */
	char build_id[KPATCH_BUILD_ID_MAX];	/* target object's GNU BuildID, lower-case hex */
	char patch_id[KPATCH_PATCH_ID_MAX];	/* -i; "" when not given */
	char object_name[KPATCH_OBJNAME_MAX];	/* target's file name, for messages */
	uint32_t patchlevel;			/* -l; 0 when not given */
	uint32_t flags;				/* KPATCH_FILE_SIGNED or 0 */
	uint64_t elf_offset;			/* == header_size */
	uint64_t elf_size;			/* bytes of ELF image after the header */
	/* version 2 from here; version 1 had 32 reserved zero bytes instead */
	char rebuilt_build_id[KPATCH_BUILD_ID_MAX];	/* when the patch was built from a
							 * rebuild of the shipped object (whose
							 * BuildID is build_id): the rebuild's;
							 * else "" */
	uint8_t checksum[KPATCH_CHECKSUM_SIZE];		/* BLAKE2b-256, see above */
	uint8_t key_id[KPATCH_KEY_ID_SIZE];		/* first bytes of the signer's public key */
	uint8_t signature[KPATCH_SIGNATURE_SIZE];	/* Ed25519, see above */
	uint64_t reserved[4];				/* 0 */
};

#define KPATCH_FILE_SIGNED	0x1	/* key_id and signature are set */

/*
 * One .kpatch.digests entry, written by kpatch_strip --rel-fixup (which
 * reads ORIG) for the .kpatch.info entry of the same index.  The doctor
 * refuses a patch when the patient's code at old_addr (plus its load bias)
 * does not hash to digest, or when the .kpatch.info entry, once relocated,
 * does not point where this entry says.
 */
struct kpatch_func_digest {
	uint64_t old_addr;	/* link-time address in ORIG: an STT_FUNC symbol's value */
	uint64_t old_size;	/* bytes digested: that symbol's size */
	uint64_t new_offset;	/* the new function's offset in its executable .kpatch section */
	uint64_t new_size;	/* its size */
	uint8_t digest[KPATCH_DIGEST_SIZE];	/* BLAKE2b-256 of ORIG's old_size bytes at old_addr */
};

#define KPATCH_DIGESTS_SECTION	".kpatch.digests"

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
	uint64_t flags;		/* KPATCH_INFO_* of common/kpatch_info_flags.h, else 0 */
};

#endif
