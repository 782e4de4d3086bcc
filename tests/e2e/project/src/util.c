#include <stdio.h>

#include "common.h"

int util_format(char *buf, int size, const struct reading *r)
{
	return snprintf(buf, size, "%s: %d%s", r->where, core_scale(r->celsius), core_unit());
}

void util_report(const struct reading *r)
{
	char line[64];

	util_format(line, sizeof(line), r);
	printf("%s\n", line);
}
