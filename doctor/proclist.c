/*
 * Listing the processes of /proc for `-p all`, in pid order so that output
 * and failures read the same from run to run.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/proclist.h"

static int by_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return (x > y) - (x < y);
}

int list_processes(pid_t **out, size_t *count)
{
	DIR *d = opendir("/proc");
	pid_t *list = NULL, *grown, self = getpid();
	struct dirent *e;
	size_t n = 0;

	if (!d) {
		int err = errno;

		pr_warn("cannot list processes: /proc: %s\n", strerror(err));
		return -err;
	}
	while ((e = readdir(d))) {
		char *end;
		long v = strtol(e->d_name, &end, 10);

		if (*end || v <= 1 || v == self)
			continue;
		grown = realloc(list, (n + 1) * sizeof(*list));
		if (!grown) {
			free(list);
			closedir(d);
			return -ENOMEM;
		}
		list = grown;
		list[n++] = (pid_t)v;
	}
	closedir(d);
	if (n)
		qsort(list, n, sizeof(*list), by_pid);
	*out = list;
	*count = n;
	return 0;
}
