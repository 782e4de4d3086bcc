/* State the patched functions write, read here by code that is not patched. */
#include "glc.h"

char __glc_abort_msg[128] attribute_hidden;
__thread int glc_calls, glc_last_len;

const char *glc_abort_msg(void)
{
	return __glc_abort_msg;
}

int glc_tls_last(void)
{
	return glc_last_len;
}

int glc_report(void)
{
	return glc_count();
}
