/*
 * Is any thread inside code about to change?  Every thread is stopped and
 * its stack walked with libunwind; a return address counts for the
 * instruction before it (the call), so a function ending in a call does not
 * blame the next one, and only the innermost frame (or one interrupted by a
 * signal) counts exactly.  The address space and its caches are made once
 * per patient so that the stop lasts only for the walk.
 */
#include <errno.h>
#include <inttypes.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libunwind-ptrace.h>

#include "common/log.h"
#include "doctor/patient_internal.h"

#define MAX_FRAMES	256
#define RETRY_DELAY_MS	10

void patient_unwind_free(struct patient *p)
{
	if (p->unwind_as)
		unw_destroy_addr_space(p->unwind_as);
	p->unwind_as = NULL;
}

static const struct code_range *range_of(const struct code_range *ranges, size_t n, uint64_t pc)
{
	for (size_t i = 0; i < n; i++)
		if (pc >= ranges[i].start && pc < ranges[i].end)
			return &ranges[i];
	return NULL;
}

/* The range the stack of the stopped thread TID is in, or NULL. */
static const struct code_range *thread_busy(struct patient *p, pid_t tid,
					    const struct code_range *ranges, size_t n)
{
	const struct code_range *hit = NULL;
	unw_cursor_t cursor;
	int exact = 1, depth = 0, ret;
	void *upt;

	upt = _UPT_create(tid);
	if (!upt)
		return NULL;
	ret = unw_init_remote(&cursor, p->unwind_as, upt);
	if (ret) {
		pr_debug("pid %d: thread %d: cannot unwind (%d)\n", (int)p->pid, (int)tid, ret);
		goto out;
	}
	do {
		unw_word_t ip;

		if (unw_get_reg(&cursor, UNW_REG_IP, &ip) || !ip)
			break;
		hit = range_of(ranges, n, exact ? ip : ip - 1);
		if (hit) {
			pr_debug("pid %d: thread %d: frame %d at 0x%" PRIx64 " is in '%s'\n",
				 (int)p->pid, (int)tid, depth, (uint64_t)ip, hit->name);
			break;
		}
		/* the frame a signal interrupted resumes at its pc itself */
		exact = unw_is_signal_frame(&cursor) > 0;
		ret = unw_step(&cursor);
		if (ret < 0)
			pr_debug("pid %d: thread %d: unwinding stops at frame %d (%d)\n",
				 (int)p->pid, (int)tid, depth, ret);
	} while (ret > 0 && ++depth < MAX_FRAMES);
out:
	_UPT_destroy(upt);
	return hit;
}

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

int patient_wait_until_safe(struct patient *p, const struct code_range *ranges, size_t n,
			    unsigned timeout_ms, const char **busy)
{
	uint64_t deadline = now_ms() + timeout_ms;
	const struct code_range *hit;
	int ret;

	*busy = NULL;
	if (!p->unwind_as) {
		p->unwind_as = unw_create_addr_space(&_UPT_accessors, 0);
		if (!p->unwind_as) {
			pr_warn("pid %d: libunwind: cannot create an address space\n", (int)p->pid);
			return -ENOMEM;
		}
		unw_set_caching_policy(p->unwind_as, UNW_CACHE_GLOBAL);
	}
	for (;;) {
		ret = patient_stop_all(p);
		if (ret)
			return ret;
		hit = NULL;
		for (size_t i = 0; i < p->nthreads && !hit; i++)
			hit = thread_busy(p, p->threads[i].tid, ranges, n);
		if (!hit)
			return 0;
		*busy = hit->name;
		patient_resume_all(p);
		if (now_ms() >= deadline)
			return -EBUSY;
		usleep(RETRY_DELAY_MS * 1000);
	}
}
