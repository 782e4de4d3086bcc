/* A static banner that no code writes grows: only the plugin can prove it
 * constant, so the manual pipeline refuses and says so. */
#include <string.h>

static char banner[] = "Server: demo/1.0 (patched)";

size_t header(char *buf)
{
	size_t n = strlen(banner);

	memcpy(buf, banner, n + 1);
	return n;
}
