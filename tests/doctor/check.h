/* A minimal check macro for the doctor's unit tests: report and count. */
#ifndef LIBCARE_TESTS_DOCTOR_CHECK_H
#define LIBCARE_TESTS_DOCTOR_CHECK_H

#include <stdio.h>

static int failures;

#define CHECK(cond)								\
	do {									\
		if (!(cond)) {							\
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,	\
				__LINE__, #cond);				\
			failures++;						\
		}								\
	} while (0)

#define CHECK_DONE()								\
	do {									\
		if (failures)							\
			fprintf(stderr, "%d check(s) failed\n", failures);	\
		return failures ? 1 : 0;					\
	} while (0)

#endif
