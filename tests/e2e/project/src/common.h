/* Shared by every translation unit of the sample project. */
#ifndef PROJECT_COMMON_H
#define PROJECT_COMMON_H

struct reading {
	int celsius;
	const char *where;
};

int core_scale(int value);
const char *core_unit(void);
int util_format(char *buf, int size, const struct reading *r);
void util_report(const struct reading *r);

#endif
