/* The message functions, built -fstack-protector-strong. */
#include "glc.h"

const char *__glc_message_v2(const char *text)
{
	char buf[64], cut[48];
	glc_copy_fn volatile copy = __glc_copy;
	unsigned long limit = _glc_rtld_global_ro.pagesize, n;

	for (n = 0; n < limit && n < sizeof(cut) - 1 && text[n]; n++)
		cut[n] = text[n];
	cut[n] = '\0';
	__glc_copy(buf, "old:");
	copy(buf + 4, cut);
	glc_calls++;
	glc_last_len = -1;
	__glc_copy(__glc_abort_msg, buf);
	return __glc_abort_msg;
}
__asm__(".symver __glc_message_v2, glc_message@@GLC_2");

/* the old ABI: the same message, with the level in front */
const char *__glc_message_v1(const char *text)
{
	static __thread char out[160];
	const char *m = __glc_message_v2(text);

	out[0] = (char)('0' + glc_level() % 10);
	out[1] = ' ';
	__glc_copy(out + 2, m);
	return out;
}
__asm__(".symver __glc_message_v1, glc_message@GLC_1");
