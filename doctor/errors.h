/*
 * The error codes the patch logic returns beside plain errno values, so that
 * main() can map each failure class to its documented exit code without
 * parsing messages.  They are negative errno values with a fixed meaning.
 */
#ifndef LIBCARE_DOCTOR_ERRORS_H
#define LIBCARE_DOCTOR_ERRORS_H

#include <errno.h>

#define ERR_BAD_PATCH		ENOEXEC		/* unreadable, truncated or malformed patch file */
#define ERR_NO_OBJECT		ENODEV		/* no object with that BuildID / no such applied patch */
#define ERR_NO_SYMBOL		ENOKEY		/* a symbol the patch needs is not in the patient */
#define ERR_UNSUPPORTED		EOPNOTSUPP	/* relocation type, overflow or function we cannot handle */

#endif
