/*
 * LibCare's own error codes.  Library functions return 0, -errno, or one
 * of these negated; they sit far above every errno value, so a real errno
 * (ENODEV from a syscall, say) can never pass for one of them.  Only the
 * programs' main() turn them into exit codes, each in one place.
 */
#ifndef LIBCARE_COMMON_ERRORS_H
#define LIBCARE_COMMON_ERRORS_H

#define LIBCARE_ERR_BASE	10000

enum libcare_error {
	ERR_BAD_PATCH = LIBCARE_ERR_BASE,	/* unreadable, truncated or malformed patch file */
	ERR_NO_OBJECT,		/* no object with that BuildID / no such applied patch */
	ERR_NO_SYMBOL,		/* a symbol the patch needs is not in the patient */
	ERR_UNSUPPORTED,	/* relocation type, overflow or function we cannot handle */
	ERR_BUSY,		/* a thread stayed inside code about to change */
	ERR_STACKED,		/* another patch sits over this one; take that off first */
	ERR_INTEGRITY,		/* checksum mismatch, or an old-format file without one */
	ERR_SIGNATURE,		/* no valid signature from a trusted key where one is required */
	ERR_UNSAFE_FILE,	/* a patch file or directory others may write (as root) */
	ERR_MISMATCH,		/* the running code is not what the patch was built against */
	ERR_SECCOMP,		/* the patient's seccomp filter would not let an injected call run */
	ERR_LOCKED,		/* another libcare-ctl is working on the process */
	ERR_ROLLBACK,		/* a change failed and so did its undo: half-patched */
	ERR_LIBCARE_MAX,
};

/* A short description of ERR (negative or positive), errno values included. */
const char *libcare_strerror(int err);

#endif
