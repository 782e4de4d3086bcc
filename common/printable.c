/* Escaping strings from files and patients for messages; see printable.h. */
#include <stdio.h>
#include <string.h>

#include "common/printable.h"

char *printable_into(char *buf, size_t size, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = 0;

	if (!s)
		s = "(null)";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		size_t need = c == '\\' ? 2 : (c < 0x20 || c >= 0x7f) ? 4 : 1;

		/* room for this, and for "..." and the terminator after it */
		if (n + need + 4 > size) {
			memcpy(buf + n, "...", 3);
			n += 3;
			break;
		}
		if (c == '\\') {
			buf[n++] = '\\';
			buf[n++] = '\\';
		} else if (need == 4) {
			buf[n++] = '\\';
			buf[n++] = 'x';
			buf[n++] = hex[c >> 4];
			buf[n++] = hex[c & 15];
		} else {
			buf[n++] = (char)c;
		}
	}
	buf[n] = '\0';
	return buf;
}

const char *printable(const char *s)
{
	static char slots[PRINTABLE_SLOTS][PRINTABLE_MAX + 1];
	static unsigned next;
	char *buf = slots[next++ % PRINTABLE_SLOTS];

	return printable_into(buf, sizeof(slots[0]), s);
}
