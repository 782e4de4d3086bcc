/*
 * The patient library's lowest layer: a patient's memory through
 * /proc/PID/mem, which reaches every page of a running process for a caller
 * allowed to trace it, PTRACE_POKEDATA for kernels that allow it only to
 * the tracer, and the one report that the process is gone.
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/patient_memory.h"

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
