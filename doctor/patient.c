/*
 * Opening and closing a patient, and writing its memory.  /proc/PID/mem
 * reaches every page of a running process for a caller allowed to trace
 * it; kernels built to allow that only to the tracer get the same write
 * again while one thread is attached, then word by word through
 * PTRACE_POKEDATA.  This is the top of the patient library: it calls the
 * threads layer, nothing calls back into it.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/lock.h"
#include "doctor/patient_threads.h"

#define DEFAULT_LOCK_WAIT_MS	5000

static unsigned lock_wait_ms = DEFAULT_LOCK_WAIT_MS;

void patient_set_lock_wait(unsigned ms)
{
	lock_wait_ms = ms;
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
	/* before anything is read: another doctor may be writing */
	err = process_lock(pid, lock_wait_ms, &p->lock);
	if (err) {
		close(fd);
		free(p);
		return err;
	}
	*out = p;
	return 0;
}

void patient_close(struct patient *p)
{
	if (!p)
		return;
	thread_give_back(p);
	if (p->nthreads || p->reap_leader)
		patient_resume_all(p);
	free(p->threads);
	close(p->mem_fd);
	process_unlock(p->lock);
	free(p);
}

int patient_report_gone(struct patient *p)
{
	return patient_alive(p) ? 0 : patient_gone(p);
}

pid_t patient_pid(const struct patient *p)
{
	return p->pid;
}

/* A write refused while nobody is attached: again with one thread held. */
static int write_attached(struct patient *p, uint64_t addr, const void *buf, size_t len)
{
	struct thread *held = p->nthreads ? &p->threads[0] : p->borrowing ? &p->borrowed : NULL;
	struct thread t;
	int ret;

	if (!held) {
		patient_hold(p);
		ret = thread_attach(p, p->pid, &t);
		if (ret) {
			patient_release(p);
			return ret;
		}
		held = &t;
	}
	ret = patient_mem_write(p, addr, buf, len);
	if (ret)
		ret = patient_poke(held->tid, addr, buf, len);
	if (held == &t) {
		thread_detach(p, &t);
		patient_release(p);
	}
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
	if (!patient_alive(p) || (ret == -EIO && patient_dies_soon(p)))
		return patient_gone(p);
	pr_warn("pid %d: cannot write %zu bytes at 0x%" PRIx64 ": %s\n", (int)p->pid, len, addr,
		strerror(-ret));
	return ret;
}
