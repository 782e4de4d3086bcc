/* glibc-style hidden alias: glc_count is exported, __GI_glc_count is what
 * the library's own callers call.  Built -fno-stack-protector. */
#include "glc.h"

int glc_count(void)
{
	char tag[16];
	char *volatile p = tag;

	p[0] = 'c';
	return -glc_calls;
}
hidden_def(glc_count)
weak_alias(glc_count, glc_count_weak)

/* one body under two versions */
int __glc_level(void)
{
	return 4;
}
__asm__(".symver __glc_level, glc_level@GLC_1");
__asm__(".symver __glc_level, glc_level@@GLC_2");
