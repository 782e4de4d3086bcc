/*
 * What /proc says of one process: its start time and owner, its command
 * name, its tracer.  Read fresh each time: a pid can be reused.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doctor/procinfo.h"

/* PID's start time (clock ticks since boot) and owner; -ESRCH when gone. */
int proc_identity(pid_t pid, unsigned long long *start, uid_t *uid)
{
	char name[64], buf[1024], *p;
	struct stat st;
	ssize_t len;
	int fd;

	snprintf(name, sizeof(name), "/proc/%d/stat", (int)pid);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? -ESRCH : -errno;
	if (fstat(fd, &st)) {
		close(fd);
		return -errno;
	}
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0)
		return -ESRCH;
	buf[len] = '\0';
	/* the name may hold anything; the fields start after its last ')' */
	p = strrchr(buf, ')');
	if (!p)
		return -EINVAL;
	/* state is field 3, start time field 22: skip 19 fields after it */
	p += 2;
	for (int field = 3; field < 22 && p; field++) {
		p = strchr(p, ' ');
		if (p)
			p++;
	}
	if (!p || sscanf(p, "%llu", start) != 1)
		return -EINVAL;
	*uid = st.st_uid;
	return 0;
}

void proc_comm(pid_t pid, char *buf, size_t size)
{
	char path[64];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	snprintf(buf, size, "?");
	f = fopen(path, "re");
	if (!f)
		return;
	if (fgets(buf, (int)size, f))
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

int proc_tracer(pid_t pid)
{
	char path[64], line[128];
	int tracer = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "TracerPid: %d", &tracer) == 1)
			break;
	fclose(f);
	return tracer;
}

uint64_t proc_start_ns(pid_t pid)
{
	unsigned long long ticks;
	uid_t uid;

	if (proc_identity(pid, &ticks, &uid))
		return 0;
	return ticks * (1000000000ULL / (uint64_t)sysconf(_SC_CLK_TCK));
}
