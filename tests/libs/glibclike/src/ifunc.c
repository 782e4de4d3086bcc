/*
 * The IFUNC: the resolver picks an implementation once, by GLC_IMPL in the
 * environment.  It runs while the dynamic linker relocates the library,
 * before libc has set environ, so it reads /proc/self/environ.
 */
#include <ctype.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "glc.h"

static char *copy_a(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = *src++))
		;
	return dst;
}

static char *copy_b(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = (char)toupper((unsigned char)*src++)))
		;
	return dst;
}

__attribute__((no_stack_protector)) static glc_copy_fn resolve_copy(void)
{
	static char env[8192];
	int fd = open("/proc/self/environ", O_RDONLY);
	ssize_t n = fd < 0 ? 0 : read(fd, env, sizeof(env) - 1);

	if (fd >= 0)
		close(fd);
	for (ssize_t i = 0; i < n; i += (ssize_t)strlen(env + i) + 1)
		if (!strcmp(env + i, "GLC_IMPL=b"))
			return copy_b;
	return copy_a;
}

char *__glc_copy(char *dst, const char *src) __attribute__((ifunc("resolve_copy")));
