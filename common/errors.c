/* Descriptions of LibCare's own error codes; errno values go to strerror(). */
#include <stdlib.h>
#include <string.h>

#include "common/errors.h"

const char *libcare_strerror(int err)
{
	static const char *const names[] = {
		[ERR_BAD_PATCH - LIBCARE_ERR_BASE] = "bad patch",
		[ERR_NO_OBJECT - LIBCARE_ERR_BASE] = "no matching object",
		[ERR_NO_SYMBOL - LIBCARE_ERR_BASE] = "missing symbol",
		[ERR_UNSUPPORTED - LIBCARE_ERR_BASE] = "unsupported patch",
		[ERR_BUSY - LIBCARE_ERR_BASE] = "a thread is inside a function to change",
		[ERR_STACKED - LIBCARE_ERR_BASE] = "another patch is applied over it",
		[ERR_INTEGRITY - LIBCARE_ERR_BASE] = "patch file integrity check failed",
		[ERR_SIGNATURE - LIBCARE_ERR_BASE] = "no valid signature",
		[ERR_UNSAFE_FILE - LIBCARE_ERR_BASE] = "patch file writable by others",
		[ERR_MISMATCH - LIBCARE_ERR_BASE] = "running code does not match the patch",
		[ERR_SECCOMP - LIBCARE_ERR_BASE] = "refused by the process's seccomp filter",
		[ERR_LOCKED - LIBCARE_ERR_BASE] = "another libcare-ctl is working on the process",
		[ERR_ROLLBACK - LIBCARE_ERR_BASE] = "undoing a failed change failed: half-patched",
	};

	err = abs(err);
	if (err >= LIBCARE_ERR_BASE && err < ERR_LIBCARE_MAX)
		return names[err - LIBCARE_ERR_BASE];
	return strerror(err);
}
