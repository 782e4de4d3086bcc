/*
 * The one harness of LibCare's C unit tests: CHECK(cond) and
 * CHECKF(cond, fmt, ...) report a failed condition with its place and go
 * on, so one run shows every failure; CHECK_DONE() ends main() with the
 * count.  A test's exit status is what ctest reads.
 */
#ifndef LIBCARE_TESTS_CHECK_H
#define LIBCARE_TESTS_CHECK_H

#include <stdio.h>

static int check_failures, check_count;

#define CHECKF(cond, ...)							\
	do {									\
		check_count++;							\
		if (!(cond)) {							\
			fprintf(stderr, "FAIL %s:%d: %s: %s: ", __FILE__, __LINE__, \
				__func__, #cond);				\
			fprintf(stderr, __VA_ARGS__);				\
			fputc('\n', stderr);					\
			check_failures++;					\
		}								\
	} while (0)

#define CHECK(cond)	CHECKF(cond, "check failed")

#define CHECK_DONE()								\
	do {									\
		printf("%d passed, %d failed\n", check_count - check_failures,	\
		       check_failures);						\
		return check_failures ? 1 : 0;					\
	} while (0)

#endif
