/*
 * Opening a patient and reaching its memory.  /proc/PID/mem reaches every
 * page of a running process for a caller allowed to trace it; kernels built
 * to allow that only to the tracer get the same write again while one
 * thread is attached, then word by word through PTRACE_POKEDATA.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient_internal.h"

int patient_alive(const struct patient *p)
{
	return kill(p->pid, 0) == 0 || errno == EPERM;
}

int patient_gone(struct patient *p)
{
	if (!p->gone_reported)
		pr_warn("pid %d: the process exited\n", (int)p->pid);
	p->gone_reported = 1;
	return -ESRCH;
}

int patient_open(pid_t pid, struct patient **out)
{
	struct patient *p;
	char name[64];
	int fd, err;

	*out = NULL;
	snprintf(name, sizeof(name), "/proc/%d/mem", (int)pid);
	fd = open(name, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		err = errno;
		if (err == ENOENT || err == ESRCH) {
			pr_warn("pid %d: no such process\n", (int)pid);
			return -ESRCH;
		}
		if (err == EACCES || err == EPERM) {
			pr_warn("pid %d: not allowed to trace the process (%s)\n", (int)pid,
				strerror(err));
			return -EPERM;
		}
		pr_warn("pid %d: cannot open %s: %s\n", (int)pid, name, strerror(err));
		return -err;
	}
	p = calloc(1, sizeof(*p));
	if (!p) {
		close(fd);
		return -ENOMEM;
	}
	p->pid = pid;
	p->mem_fd = fd;
	*out = p;
	return 0;
}

void patient_close(struct patient *p)
{
	if (!p)
		return;
	if (p->nthreads || p->reap_leader)
		patient_resume_all(p);
	free(p->threads);
	patient_unwind_free(p);
	close(p->mem_fd);
	free(p);
}

pid_t patient_pid(const struct patient *p)
{
	return p->pid;
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
	if (!patient_alive(p))
		return patient_gone(p);
	pr_debug("pid %d: cannot read %zu bytes at 0x%" PRIx64 ": %s\n", (int)p->pid, len, addr,
		 strerror(-ret));
	return ret;
}

/* A write refused while nobody is attached: again with one thread held. */
static int write_attached(struct patient *p, uint64_t addr, const void *buf, size_t len)
{
	struct thread *held = p->nthreads ? &p->threads[0] : NULL;
	struct thread t;
	int ret;

	if (!held) {
		ret = thread_attach(p, p->pid, &t);
		if (ret)
			return ret;
		held = &t;
	}
	ret = patient_mem_write(p, addr, buf, len);
	if (ret)
		ret = patient_poke(held->tid, addr, buf, len);
	if (held == &t)
		thread_detach(p, &t);
	return ret;
}

int patient_write(struct patient *p, uint64_t addr, const void *buf, size_t len)
{
	int ret = patient_mem_write(p, addr, buf, len);

	if (!ret)
		return 0;
	if (ret == -EIO || ret == -EPERM || ret == -EACCES || ret == -EFAULT) {
		pr_debug("pid %d: /proc/PID/mem write at 0x%" PRIx64 " refused (%s); again attached\n",
			 (int)p->pid, addr, strerror(-ret));
		ret = write_attached(p, addr, buf, len);
		if (!ret)
			return 0;
	}
	if (!patient_alive(p))
		return patient_gone(p);
	pr_warn("pid %d: cannot write %zu bytes at 0x%" PRIx64 ": %s\n", (int)p->pid, len, addr,
		strerror(-ret));
	return ret;
}
