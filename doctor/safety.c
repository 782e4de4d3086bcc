/*
 * Is any thread inside code about to change?  Every thread is stopped and
 * its stack walked with libunwind; a return address counts for the
 * instruction before it (the call), so a function ending in a call does not
 * blame the next one, and only the innermost frame (or one interrupted by a
 * signal) counts exactly.  The libunwind address space belongs to this
 * checker alone: made before the first stop of a check, while the patient
 * runs, kept over its retries so that its caches serve each of them, and
 * destroyed when the check ends.
 *
 * Unwinding a cold process costs milliseconds (libunwind reads each
 * object's unwind tables on first use), so most threads are cleared by a
 * cheaper test first: a thread whose pc is outside every range and whose
 * used stack, from rsp up to the end of its thread stack, holds no word
 * pointing into (or just past) a range has no frame there either, since
 * every return address and every signal frame's saved pc is such a word.
 * Only a thread that fails that test, or whose stack is not a plain thread
 * stack (an alternate signal stack, say), is unwound.  A thread found with
 * only its innermost frame in a range is stepped out of it, so that
 * threads calling a short function in a tight loop do not keep the patch
 * out for ever; one with a deeper frame there (a call in progress) is
 * waited for.
 */
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <time.h>
#include <unistd.h>

#include <libunwind-ptrace.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/patient_arch.h"
#include "doctor/patient_maps.h"
#include "doctor/patient_threads.h"

#define MAX_FRAMES	256
#define RETRY_DELAY_MS	10
#define MAX_SCAN	(8u << 20)	/* bytes of stack the quick test reads at most */
#define MAX_STEPS	4096	/* instructions a thread may be stepped to leave a range */

/* One stack check: the unwinder's state, and a buffer for stack words. */
struct checker {
	struct patient *p;
	unw_addr_space_t as;
	const struct vma *vmas;	/* read while the patient ran; NULL if not */
	size_t nvmas;
	uint64_t *buf;
	size_t buf_size;
};

static const struct code_range *range_of(const struct code_range *ranges, size_t n, uint64_t pc)
{
	for (size_t i = 0; i < n; i++)
		if (pc >= ranges[i].start && pc < ranges[i].end)
			return &ranges[i];
	return NULL;
}

/*
 * The mapping SP is in, when it is a plain stack: the process's [stack], or
 * an anonymous rw mapping right above a no-access guard (what pthreads
 * allocate).  Anything else may be an alternate signal stack, whose
 * interrupted frames live elsewhere.
 */
static const struct vma *plain_stack(const struct vma *vmas, size_t n, uint64_t sp)
{
	for (size_t i = 0; i < n; i++) {
		if (sp < vmas[i].start || sp >= vmas[i].end)
			continue;
		if (!strcmp(vmas[i].path, "[stack]"))
			return &vmas[i];
		if (vmas[i].inode || vmas[i].path[0] || i == 0 ||
		    (vmas[i].prot & (PROT_READ | PROT_WRITE)) != (PROT_READ | PROT_WRITE) ||
		    vmas[i - 1].end != vmas[i].start || vmas[i - 1].prot != 0)
			return NULL;
		return &vmas[i];
	}
	return NULL;
}

/* 1 when the quick test clears thread TID: no frame of it can be in a range.
 * *WORD_HIT: a range a word of its stack points into, if that was why not. */
static int thread_clearly_out(struct checker *ck, pid_t tid, const struct code_range *ranges,
			      size_t n, const struct code_range **word_hit)
{
	const struct vma *stack;
	uint64_t pc, sp, len;

	if (!ck->vmas || arch_thread_pc_sp(tid, &pc, &sp) || range_of(ranges, n, pc))
		return 0;
	sp &= ~7ull;
	stack = plain_stack(ck->vmas, ck->nvmas, sp);
	if (!stack || stack->end - sp > MAX_SCAN)
		return 0;
	len = stack->end - sp;
	if (len > ck->buf_size) {
		free(ck->buf);
		ck->buf = malloc(len);
		ck->buf_size = ck->buf ? len : 0;
		if (!ck->buf)
			return 0;
	}
	if (patient_mem_read(ck->p, sp, ck->buf, len))
		return 0;
	for (size_t w = 0; w < len / 8; w++)
		for (size_t i = 0; i < n; i++)
			if (ck->buf[w] >= ranges[i].start && ck->buf[w] <= ranges[i].end) {
				*word_hit = &ranges[i];
				return 0;
			}
	return 1;
}

/*
 * The range the stack of the stopped thread TID is in, or NULL.  *TOP_ONLY
 * tells whether only the innermost frame is there (a thread that can
 * simply be stepped out); *COMPLETE whether the walk reached the outermost
 * frame (code without unwind information, patch code among it, stops it).
 */
static const struct code_range *thread_busy(struct checker *ck, pid_t tid,
					    const struct code_range *ranges, size_t n,
					    int *top_only, int *complete)
{
	struct patient *p = ck->p;
	const struct code_range *hit = NULL, *here;
	unw_cursor_t cursor;
	int exact = 1, depth = 0, ret;
	void *upt;

	*top_only = 0;
	*complete = 0;
	upt = _UPT_create(tid);
	if (!upt)
		return NULL;
	ret = unw_init_remote(&cursor, ck->as, upt);
	if (ret) {
		pr_debug("pid %d: thread %d: cannot unwind (%d)\n", (int)p->pid, (int)tid, ret);
		goto out;
	}
	do {
		unw_word_t ip;

		if (unw_get_reg(&cursor, UNW_REG_IP, &ip) || !ip)
			break;
		here = range_of(ranges, n, exact ? ip : ip - 1);
		if (here) {
			pr_debug("pid %d: thread %d: frame %d at 0x%" PRIx64 " is in '%s'\n",
				 (int)p->pid, (int)tid, depth, (uint64_t)ip, here->name);
			if (!hit)
				*top_only = depth == 0;
			else
				*top_only = 0;
			hit = hit ? hit : here;
			if (!*top_only)
				break;
		}
		/* the frame a signal interrupted resumes at its pc itself */
		exact = unw_is_signal_frame(&cursor) > 0;
		if (exact && hit)
			*top_only = 0;	/* a handler's frame: not a thread to step */
		ret = unw_step(&cursor);
		if (ret < 0)
			pr_debug("pid %d: thread %d: unwinding stops at frame %d (%d)\n",
				 (int)p->pid, (int)tid, depth, ret);
		*complete = ret == 0;
	} while (ret > 0 && ++depth < MAX_FRAMES);
out:
	_UPT_destroy(upt);
	return hit;
}

/* Reads the code at PC for arch_at_syscall(): ARCH_MAX_INSN bytes, or
 * those up to the end of PC's page when the mapping ends there.  The
 * number of bytes read, 0 if none. */
static size_t read_code(struct patient *p, uint64_t pc, uint8_t *code)
{
	size_t len = 4096 - (pc & 4095);

	if (!patient_mem_read(p, pc, code, ARCH_MAX_INSN))
		return ARCH_MAX_INSN;
	if (len > ARCH_MAX_INSN)
		return 0;
	return patient_mem_read(p, pc, code, len) ? 0 : len;
}

/*
 * A thread whose innermost frame is in a range, and no other, is on its
 * way out: step it, alone, until its pc leaves every range (it returns,
 * or jumps out), as it would have by itself a moment later.  The other
 * threads stay stopped.  Not across a system call (it could block) and not
 * for more than MAX_STEPS instructions.  1 when it left.
 */
static int step_out(struct patient *p, struct thread *t, const struct code_range *ranges, size_t n)
{
	uint8_t code[ARCH_MAX_INSN];
	uint64_t pc, sp;

	for (int i = 0; i < MAX_STEPS; i++) {
		if (arch_thread_pc_sp(t->tid, &pc, &sp))
			return 0;
		if (!range_of(ranges, n, pc))
			return 1;
		if (arch_at_syscall(code, read_code(p, pc, code)) ||
		    ptrace(PTRACE_SINGLESTEP, t->tid, NULL, NULL) || thread_wait_stop(p, t, NULL))
			return 0;
		if (t->stop == STOP_SIGNAL && t->sig == SIGTRAP) {
			/* the step's own trap, not a signal for the patient */
			t->stop = STOP_EVENT;
			t->sig = 0;
			continue;
		}
		/* a signal came: it goes to the patient, the thread stays where it is */
		thread_deliver_signal(p, t);
		return 0;
	}
	return 0;
}

/*
 * The range thread T is busy in, or NULL.  Where unwinding cannot reach the
 * end of a stack that holds a word pointing into a range, the word wins:
 * better a refusal than a patch under a frame nobody could see.
 */
static const struct code_range *check_thread(struct checker *ck, struct thread *t,
					     const struct code_range *ranges, size_t n, int may_step)
{
	const struct code_range *word_hit = NULL, *hit;
	int top_only, complete;

	if (thread_clearly_out(ck, t->tid, ranges, n, &word_hit))
		return NULL;
	hit = thread_busy(ck, t->tid, ranges, n, &top_only, &complete);
	if (hit && top_only && may_step && step_out(ck->p, t, ranges, n))
		return check_thread(ck, t, ranges, n, 0);
	if (!hit && word_hit && !complete)
		hit = word_hit;
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
	struct checker ck = { .p = p };
	const struct code_range *hit;
	struct vma *vmas = NULL;
	int ret;

	*busy = NULL;
	ck.as = unw_create_addr_space(&_UPT_accessors, 0);
	if (!ck.as) {
		pr_warn("pid %d: libunwind: cannot create an address space\n", (int)p->pid);
		return -ENOMEM;
	}
	unw_set_caching_policy(ck.as, UNW_CACHE_GLOBAL);
	/* read while the patient runs; a stack mapped since is simply unwound */
	if (!patient_read_maps(p->pid, &vmas, &ck.nvmas))
		ck.vmas = vmas;
	for (;;) {
		ret = patient_stop_all(p);
		if (ret)
			break;
		hit = NULL;
		for (size_t i = 0; i < p->nthreads && !hit; i++)
			hit = check_thread(&ck, &p->threads[i], ranges, n, 1);
		if (!hit) {
			ret = 0;
			break;
		}
		*busy = hit->name;
		patient_resume_all(p);
		if (now_ms() >= deadline) {
			ret = -ERR_BUSY;
			break;
		}
		usleep(RETRY_DELAY_MS * 1000);
	}
	free(vmas);
	free(ck.buf);
	unw_destroy_addr_space(ck.as);
	return ret;
}
