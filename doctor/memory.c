/*
 * The patient library's lowest layer: a patient's memory through
 * /proc/PID/mem, which reaches every page of a running process for a caller
 * allowed to trace it, PTRACE_POKEDATA for kernels that allow it only to
 * the tracer, and the one report that the process is gone.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient_memory.h"

/* Field 3 (state) and 20 (threads) of /proc/PID/stat; 0 if unreadable. */
static int read_state(pid_t pid, char *state, long *threads)
{
	char name[64], buf[1024], *s;
	ssize_t len;
	int fd;

	snprintf(name, sizeof(name), "/proc/%d/stat", (int)pid);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0)
		return 0;
	buf[len] = '\0';
	s = strrchr(buf, ')');
	return s && sscanf(s + 1, " %c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d "
			   "%*d %*d %ld", state, threads) == 2;
}

/* A zombie is gone, unless only its leader is (pthread_exit). */
static int is_zombie(pid_t pid)
{
	char state;
	long threads;

	return read_state(pid, &state, &threads) && (state == 'Z' || state == 'X') &&
	       threads <= 1;
}

/*
 * A process on its way out has released its memory before it turns into
 * a zombie: its maps read empty and /proc/PID/mem fails with EIO.  Wait
 * for the zombie (briefly) so that the signal it died of can be told.
 */
static int exiting(pid_t pid)
{
	char path[64], c;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = read(fd, &c, 1);
	close(fd);
	if (n != 0)
		return 0;
	for (int i = 0; i < 100 && !is_zombie(pid) && !(kill(pid, 0) && errno == ESRCH); i++)
		usleep(5000);
	return 1;
}

/*
 * /proc/PID/mem failed with EIO on memory the doctor expected: a process
 * tearing down its memory on the way out can still look alive for a
 * moment.  Gone within 100 ms is gone.
 */
int patient_dies_soon(const struct patient *p)
{
	for (int i = 0; i < 20; i++) {
		if (!patient_alive(p))
			return 1;
		usleep(5000);
	}
	return 0;
}

int patient_alive(const struct patient *p)
{
	if (kill(p->pid, 0) && errno != EPERM)
		return 0;
	return !is_zombie(p->pid) && !exiting(p->pid);
}

static const char *activity = "the command";

void patient_set_activity(const char *what)
{
	activity = what;
}

void patient_note_end(struct patient *p, int st)
{
	if (WIFSIGNALED(st) && !p->died_of)
		p->died_of = WTERMSIG(st);
}

/* A zombie's wait status (field 52 of its stat), if it is one still. */
static void read_zombie_status(struct patient *p)
{
	char name[64], buf[1024], *s;
	ssize_t len;
	int fd, field, st;

	snprintf(name, sizeof(name), "/proc/%d/stat", (int)p->pid);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0)
		return;
	buf[len] = '\0';
	s = strrchr(buf, ')');
	if (!s || s[1] != ' ' || s[2] != 'Z')
		return;
	for (s += 2, field = 3; field < 52 && s; field++) {
		s = strchr(s, ' ');
		if (s)
			s++;
	}
	if (s && sscanf(s, "%d", &st) == 1)
		patient_note_end(p, st);
}

static const char *signal_name(int sig, char *buf, size_t size)
{
	const char *abbrev = sigabbrev_np(sig);

	if (abbrev)
		snprintf(buf, size, "SIG%s", abbrev);
	else
		snprintf(buf, size, "signal %d", sig);
	return buf;
}

int patient_gone(struct patient *p)
{
	char sig[32];

	if (p->gone_reported)
		return -ESRCH;
	p->gone_reported = 1;
	if (!p->died_of)
		read_zombie_status(p);
	if (p->died_of == SIGSYS)
		pr_warn("pid %d died of SIGSYS (a seccomp filter's verdict) during %s\n",
			(int)p->pid, activity);
	else if (p->died_of)
		pr_warn("pid %d died of %s during %s\n", (int)p->pid,
			signal_name(p->died_of, sig, sizeof(sig)), activity);
	else
		pr_warn("pid %d: the process exited during %s\n", (int)p->pid, activity);
	return -ESRCH;
}

int patient_mem_read(struct patient *p, uint64_t addr, void *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		ssize_t r = pread(p->mem_fd, (char *)buf + done, len - done, (off_t)(addr + done));

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0)
			return -EIO;
		done += (size_t)r;
	}
	return 0;
}

int patient_mem_write(struct patient *p, uint64_t addr, const void *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		ssize_t r = pwrite(p->mem_fd, (const char *)buf + done, len - done,
				   (off_t)(addr + done));

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0)
			return -EIO;
		done += (size_t)r;
	}
	return 0;
}

int patient_poke(pid_t tid, uint64_t addr, const void *buf, size_t len)
{
	const uint8_t *src = buf;

	while (len) {
		uint64_t at = addr & ~(uint64_t)7;
		size_t skip = addr - at, n = 8 - skip < len ? 8 - skip : len;
		long word;

		if (skip || n < 8) {
			errno = 0;
			word = ptrace(PTRACE_PEEKDATA, tid, (void *)at, NULL);
			if (errno)
				return -errno;
		}
		memcpy((uint8_t *)&word + skip, src, n);
		if (ptrace(PTRACE_POKEDATA, tid, (void *)at, (void *)word))
			return -errno;
		addr += n;
		src += n;
		len -= n;
	}
	return 0;
}

int patient_read(struct patient *p, uint64_t addr, void *buf, size_t len)
{
	int ret = patient_mem_read(p, addr, buf, len);

	if (!ret)
		return 0;
	if (!patient_alive(p) || (ret == -EIO && patient_dies_soon(p)))
		return patient_gone(p);
	pr_debug("pid %d: cannot read %zu bytes at 0x%" PRIx64 ": %s\n", (int)p->pid, len, addr,
		 strerror(-ret));
	return ret;
}
