/*
 * The per-process lock of the doctor (see lock.h).  The file's name holds
 * the process's start time, so a recycled pid never shares a lock with the
 * process that had it before.  A doctor that dies lets its flock go with
 * its last descriptor.  The holder removes the file while still holding
 * it, so a taker checks, once it holds the lock, that the name still leads
 * to its file, and starts again otherwise; the holder also sweeps away the
 * files of processes that are gone, left by doctors that were killed.  The
 * directory is shared by every user, sticky like /tmp: a file there that
 * neither root nor the process's owner made is somebody's trap, removed
 * when root can, refused otherwise.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/lock.h"
#include "doctor/procinfo.h"

#define LOCK_DIR	"/run/lock/libcare"
#define LOCK_DIR_ENV	"LIBCARE_LOCK_DIR"
#define POLL_MS		5

struct process_lock {
	struct process_lock *next;
	pid_t pid;
	unsigned long long start;
	int fd;
	unsigned refs;
	char path[256];
};

/* The locks this program holds: `run` opens its child twice. */
static struct process_lock *held;

static const char *lock_dir(void)
{
	const char *dir = getenv(LOCK_DIR_ENV);

	return dir && *dir ? dir : LOCK_DIR;
}

/* The directory, made shared and sticky if it is not there. */
static int make_dir(const char *dir)
{
	struct stat st;

	if (!mkdir(dir, 01777))
		return chmod(dir, 01777) ? -errno : 0;	/* past the umask */
	if (errno != EEXIST)
		return -errno;
	if (lstat(dir, &st))
		return -errno;
	if (!S_ISDIR(st.st_mode))
		return -ENOTDIR;
	/* whoever owns it may remove anyone's lock there: as root, only root */
	if (!geteuid() && st.st_uid) {
		pr_warn("%s: the lock directory belongs to uid %u, not root; remove it\n", dir,
			(unsigned)st.st_uid);
		return -EPERM;
	}
	return 0;
}

/* Opens PATH, made if missing, without following a planted link. */
static int open_file(const char *path)
{
	for (;;) {
		int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

		if (fd >= 0 || errno != ENOENT)
			return fd < 0 ? -errno : fd;
		/* O_CREAT alone is refused on others' files in sticky directories */
		fd = open(path, O_RDONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
		if (fd >= 0 || errno != EEXIST)
			return fd < 0 ? -errno : fd;
	}
}

static long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Waits for the flock on FD until DEADLINE (CLOCK_MONOTONIC ms). */
static int wait_flock(int fd, long deadline)
{
	const struct timespec pause = { 0, POLL_MS * 1000000L };

	for (;;) {
		if (!flock(fd, LOCK_EX | LOCK_NB))
			return 0;
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK)
			return -errno;
		if (now_ms() >= deadline)
			return -ERR_LOCKED;
		nanosleep(&pause, NULL);
	}
}

/* 1 when FD is still what PATH names. */
static int still_named(int fd, const char *path)
{
	struct stat a, b;

	return !fstat(fd, &a) && !lstat(path, &b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The file is ours to use: a regular file root or the process's owner made. */
static int trusted(int fd, const char *path, uid_t owner)
{
	struct stat st;

	if (fstat(fd, &st))
		return -errno;
	if (S_ISREG(st.st_mode) && (st.st_uid == 0 || st.st_uid == owner))
		return 0;
	if (!unlink(path))
		return -EAGAIN;
	pr_warn("%s: lock file made by uid %u, not by root or the process's owner; "
		"remove it\n", path, (unsigned)st.st_uid);
	return -EPERM;
}

static int take(struct process_lock *l, uid_t owner, unsigned wait_ms)
{
	long deadline = now_ms() + wait_ms;
	int ret;

	for (;;) {
		l->fd = open_file(l->path);
		if (l->fd < 0) {
			pr_warn("%s: cannot open the lock file: %s\n", l->path, strerror(-l->fd));
			return l->fd;
		}
		ret = trusted(l->fd, l->path, owner);
		if (!ret)
			ret = wait_flock(l->fd, deadline);
		if (!ret && still_named(l->fd, l->path))
			return 0;
		close(l->fd);
		l->fd = -1;
		if (ret == -ERR_LOCKED) {
			pr_warn("another libcare-ctl is working on PID %d (waited %u ms)\n",
				(int)l->pid, wait_ms);
			return ret;
		}
		if (ret && ret != -EAGAIN) {
			if (ret != -EPERM)
				pr_warn("%s: cannot lock: %s\n", l->path, strerror(-ret));
			return ret;
		}
		/* removed by the holder we waited for, or a trap removed: again */
	}
}

int process_lock(pid_t pid, unsigned wait_ms, struct process_lock **out)
{
	unsigned long long start;
	struct process_lock *l;
	const char *dir = lock_dir();
	uid_t owner;
	int ret;

	*out = NULL;
	ret = proc_identity(pid, &start, &owner);
	if (ret)
		return ret;
	for (l = held; l; l = l->next) {
		if (l->pid == pid && l->start == start) {
			l->refs++;
			*out = l;
			return 0;
		}
	}
	ret = make_dir(dir);
	if (ret) {
		if (ret != -EPERM)
			pr_warn("%s: cannot make the lock directory: %s\n", dir, strerror(-ret));
		return ret;
	}
	l = calloc(1, sizeof(*l));
	if (!l)
		return -ENOMEM;
	l->pid = pid;
	l->start = start;
	l->refs = 1;
	snprintf(l->path, sizeof(l->path), "%s/%d-%llu", dir, (int)pid, start);
	ret = take(l, owner, wait_ms);
	if (ret) {
		free(l);
		return ret;
	}
	l->next = held;
	held = l;
	*out = l;
	return 0;
}

/*
 * Removes the files of processes that are gone (or whose pid now names a
 * younger process), left by doctors that were killed; a file someone
 * holds is left alone.  Best effort: other users' files stay.
 */
static void sweep(const char *dir)
{
	unsigned long long start, now;
	struct dirent *de;
	char path[512];
	uid_t owner;
	DIR *d = opendir(dir);
	int pid, fd;

	if (!d)
		return;
	while ((de = readdir(d))) {
		if (sscanf(de->d_name, "%d-%llu", &pid, &start) != 2 || pid <= 0)
			continue;
		if (!proc_identity(pid, &now, &owner) && now == start)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (!flock(fd, LOCK_EX | LOCK_NB) && still_named(fd, path))
			unlink(path);
		close(fd);
	}
	closedir(d);
}

void process_unlock(struct process_lock *lock)
{
	struct process_lock **pp;

	if (!lock || --lock->refs)
		return;
	for (pp = &held; *pp; pp = &(*pp)->next) {
		if (*pp == lock) {
			*pp = lock->next;
			break;
		}
	}
	/* removed while locked: a waiter sees the name gone and starts again */
	unlink(lock->path);
	close(lock->fd);
	sweep(lock_dir());
	free(lock);
}
