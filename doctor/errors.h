/* The doctor's error codes are LibCare's own range, in common/errors.h. */
#ifndef LIBCARE_DOCTOR_ERRORS_H
#define LIBCARE_DOCTOR_ERRORS_H

#include <errno.h>

#include "common/errors.h"

#endif
