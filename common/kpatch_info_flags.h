/*
 * Bits of the flags field of struct kpatch_info_entry (common/kpatch_file.h),
 * set by gensrc and read by the doctor.  Unknown bits are ignored.
 */
#ifndef LIBCARE_KPATCH_INFO_FLAGS_H
#define LIBCARE_KPATCH_INFO_FLAGS_H

/*
 * The original function has no return path (no ret, no jump out of it: an
 * endless loop, or only calls that never return).  A thread inside it
 * never leaves, so the doctor refuses at once instead of waiting.
 */
#define KPATCH_INFO_NORETURN	0x1ULL

#endif
