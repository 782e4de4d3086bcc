/*
 * Is any thread inside code about to change?  Every thread is stopped and
 * its stacks checked; a return address counts for the instruction before
 * it (the call), so a function ending in a call does not blame the next
 * one, and only the innermost frame (or one interrupted by a signal)
 * counts exactly.
 *
 * First a scan, cheap and blind to unwind information: a thread whose pc
 * is outside every range and whose stacks (from sp to the end of its
 * mapping, and through each signal frame there the stack the signal
 * interrupted) hold no word pointing into (or just past) a range has no
 * frame there, since every return address and every signal frame's saved
 * pc is such a word.  Only a thread the scan does not clear is unwound
 * with libunwind.  A walk that reaches the outermost frame by unwind
 * information decides; one that stops early, or goes on by guesses through
 * code without it (a handler written in assembly on an alternate signal
 * stack, say), clears nothing the scan did not: the thread counts as busy.
 *
 * The libunwind address space belongs to this checker alone: made before
 * the first stop of a check, while the patient runs, kept over its retries
 * so that its caches serve each of them (a cold unwind costs milliseconds),
 * and destroyed when the check ends.  A thread found with only its
 * innermost frame in a range is stepped out of it, so that threads calling
 * a short function in a tight loop do not keep the patch out for ever; one
 * with a deeper frame there (a call in progress) is waited for.
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
#define MAX_SCAN	(8u << 20)	/* bytes of one stack a scan reads at most */
#define MAX_STACKS	8	/* stacks of one thread a scan follows */
#define MAX_SIGRETURN	4	/* sigreturn code addresses remembered */
#define MAX_STEPS	4096	/* instructions a thread may be stepped to leave a range */

/* One stack check: the unwinder's state, and a buffer for stack words. */
struct checker {
	struct patient *p;
	unw_addr_space_t as;
	struct vma *vmas;	/* read while the patient ran; NULL if not */
	size_t nvmas;
	int maps_reread;	/* once, in a stop, for a stack mapped since */
	uint64_t *buf;
	size_t buf_size;
	uint64_t sigreturn[MAX_SIGRETURN];	/* code a signal frame returns to */
	size_t nsigreturn;
};

/* What a scan of a thread's stacks found. */
enum scan_result {
	SCAN_CLEAR,	/* every stack read to its end: no word points into a range */
	SCAN_HIT,	/* a word (or an interrupted pc) points into a range */
	SCAN_BLIND,	/* a stack could not be read whole, or found at all */
};

/* Named as busy when a thread's stack can be neither walked to its end nor
 * scanned: any frame of a range could hide there. */
static const struct code_range unwalkable = { 0, 0, "a stack that cannot be walked", 0 };

static const struct code_range *range_of(const struct code_range *ranges, size_t n, uint64_t pc)
{
	for (size_t i = 0; i < n; i++)
		if (pc >= ranges[i].start && pc < ranges[i].end)
			return &ranges[i];
	return NULL;
}

/* A stack word pointing into a range or just past it: a return address
 * there, or a call at its very end. */
static const struct code_range *word_target(const struct code_range *ranges, size_t n, uint64_t w)
{
	for (size_t i = 0; i < n; i++)
		if (w >= ranges[i].start && w <= ranges[i].end)
			return &ranges[i];
	return NULL;
}

/* The index of the mapping ADDR is in; re-reads the maps once for a
 * mapping made since they were read.  -1 when none. */
static ssize_t vma_of(struct checker *ck, uint64_t addr)
{
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; ck->vmas && i < ck->nvmas; i++)
			if (addr >= ck->vmas[i].start && addr < ck->vmas[i].end)
				return (ssize_t)i;
		if (ck->maps_reread)
			break;
		ck->maps_reread = 1;
		free(ck->vmas);
		ck->vmas = NULL;
		if (patient_read_maps(ck->p->pid, &ck->vmas, &ck->nvmas))
			ck->vmas = NULL;
	}
	return -1;
}

/*
 * Whether mapping I is a plain thread stack: the process's [stack], or an
 * anonymous rw mapping right above a no-access guard (what pthreads
 * allocate).  Anything else may be an alternate signal stack, whose
 * interrupted frames live elsewhere.
 */
static int plain_stack(const struct vma *vmas, size_t i)
{
	const struct vma *v = &vmas[i];

	if (!strcmp(v->path, "[stack]"))
		return 1;
	return !v->inode && !v->path[0] && i > 0 &&
	       (v->prot & (PROT_READ | PROT_WRITE)) == (PROT_READ | PROT_WRITE) &&
	       vmas[i - 1].end == v->start && vmas[i - 1].prot == 0;
}

/* Reads LEN bytes of stack at ADDR into the checker's buffer. */
static int read_stack(struct checker *ck, uint64_t addr, size_t len)
{
	if (len > ck->buf_size) {
		free(ck->buf);
		ck->buf = malloc(len);
		ck->buf_size = ck->buf ? len : 0;
		if (!ck->buf)
			return -ENOMEM;
	}
	return patient_mem_read(ck->p, addr, ck->buf, len);
}

/* 1 when ADDR holds the code a signal handler returns to. */
static int is_sigreturn(struct checker *ck, uint64_t addr)
{
	uint8_t code[ARCH_MAX_INSN];

	for (size_t i = 0; i < ck->nsigreturn; i++)
		if (ck->sigreturn[i] == addr)
			return 1;
	if (patient_mem_read(ck->p, addr, code, sizeof(code)) ||
	    !arch_is_sigreturn(code, sizeof(code)))
		return 0;
	if (ck->nsigreturn < MAX_SIGRETURN)
		ck->sigreturn[ck->nsigreturn++] = addr;
	return 1;
}

/*
 * Scans every stack of a thread at PC and SP for a word pointing into a
 * range: from SP to the end of its mapping and, through each signal frame
 * found there, the stack the signal interrupted, from its sp on, so that a
 * thread on an alternate signal stack is followed back to its own stack.
 * Every return address and every interrupted pc is such a word, whatever
 * unwind information the code has.  Blind when a stack is too large or
 * unreadable, or when none of those reached is a plain thread stack (an
 * alternate stack whose signal frame was not found).
 */
static enum scan_result scan_stacks(struct checker *ck, uint64_t pc, uint64_t sp,
				    const struct code_range *ranges, size_t n,
				    const struct code_range **hit)
{
	struct { uint64_t pc, sp; } ctx[MAX_STACKS] = { { pc, sp } };
	struct { uint64_t lo, hi; } seen[MAX_STACKS];
	size_t nctx = 1, nseen = 0;
	int plain = 0;

	for (size_t c = 0; c < nctx; c++) {
		uint64_t lo = ctx[c].sp & ~7ull, len, fpc, fsp;
		ssize_t v;
		size_t s, words;

		*hit = range_of(ranges, n, ctx[c].pc);
		if (*hit)
			return SCAN_HIT;
		for (s = 0; s < nseen && !(lo >= seen[s].lo && lo < seen[s].hi); s++)
			;
		if (s < nseen)
			continue;	/* two frames into one stack: read once */
		v = vma_of(ck, lo);
		if (v < 0 || ck->vmas[v].end - lo > MAX_SCAN)
			return SCAN_BLIND;
		len = ck->vmas[v].end - lo;
		seen[nseen].lo = lo;
		seen[nseen++].hi = ck->vmas[v].end;
		plain |= plain_stack(ck->vmas, (size_t)v);
		if (read_stack(ck, lo, len))
			return SCAN_BLIND;
		words = len / 8;
		for (size_t w = 0; w < words; w++) {
			*hit = word_target(ranges, n, ck->buf[w]);
			if (*hit)
				return SCAN_HIT;
			if (w + ARCH_SIGFRAME_WORDS > words ||
			    !arch_signal_frame(&ck->buf[w], lo + 8 * w, &fpc, &fsp) ||
			    !is_sigreturn(ck, ck->buf[w]))
				continue;
			/* a signal taken on the stack it interrupted: read already
			 * (its pc among the words) */
			for (s = 0; s < nseen && !(fsp >= seen[s].lo && fsp < seen[s].hi); s++)
				;
			if (s < nseen)
				continue;
			if (nctx == MAX_STACKS)
				return SCAN_BLIND;
			ctx[nctx].pc = fpc;
			ctx[nctx++].sp = fsp;
		}
	}
	return plain ? SCAN_CLEAR : SCAN_BLIND;
}

/* 1 when libunwind has unwind information for the frame at IP: without it,
 * it steps by guesses (frame pointers) that can skip frames or stop early. */
static int has_unwind_info(struct checker *ck, void *upt, uint64_t ip)
{
	unw_proc_info_t pi;

	return unw_get_proc_info_by_ip(ck->as, ip, &pi, upt) == 0;
}

/*
 * The range the stack of the stopped thread TID is in, or NULL.  *TOP_ONLY
 * tells whether only the innermost frame is there (a thread that can
 * simply be stepped out); *RELIABLE whether the walk reached the outermost
 * frame by unwind information alone, every frame seen (code without it,
 * patch code among it, stops the walk or sends it by guesses).
 */
static const struct code_range *thread_busy(struct checker *ck, pid_t tid,
					    const struct code_range *ranges, size_t n,
					    int *top_only, int *reliable)
{
	struct patient *p = ck->p;
	const struct code_range *hit = NULL, *here;
	unw_cursor_t cursor;
	int exact = 1, depth = 0, guessed = 0, ret;
	void *upt;

	*top_only = 0;
	*reliable = 0;
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
		int signal;

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
		signal = unw_is_signal_frame(&cursor) > 0;
		if (!signal && !guessed && !has_unwind_info(ck, upt, exact ? ip : ip - 1)) {
			pr_debug("pid %d: thread %d: no unwind information at 0x%" PRIx64 "\n",
				 (int)p->pid, (int)tid, (uint64_t)ip);
			guessed = 1;
		}
		exact = signal;
		if (exact && hit)
			*top_only = 0;	/* a handler's frame: not a thread to step */
		ret = unw_step(&cursor);
		if (ret < 0)
			pr_debug("pid %d: thread %d: unwinding stops at frame %d (%d)\n",
				 (int)p->pid, (int)tid, depth, ret);
		*reliable = ret == 0 && !guessed;
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
 * The range thread T is busy in, or NULL.  A scan of its stacks that finds
 * nothing clears it at once.  Otherwise its stack is unwound, and a walk
 * that reaches the outermost frame by unwind information decides.  One that
 * stops early or guesses clears nothing: the scan's word, or, where no scan
 * could run, the unwalkable stack, keeps it busy.  Better a refusal than a
 * patch under a frame nobody could see.
 */
static const struct code_range *check_thread(struct checker *ck, struct thread *t,
					     const struct code_range *ranges, size_t n, int may_step)
{
	const struct code_range *word_hit = NULL, *hit;
	enum scan_result scan = SCAN_BLIND;
	int top_only, reliable;
	uint64_t pc, sp;

	if (!arch_thread_pc_sp(t->tid, &pc, &sp))
		scan = scan_stacks(ck, pc, sp, ranges, n, &word_hit);
	if (scan == SCAN_CLEAR)
		return NULL;
	hit = thread_busy(ck, t->tid, ranges, n, &top_only, &reliable);
	if (hit && top_only && may_step && step_out(ck->p, t, ranges, n))
		return check_thread(ck, t, ranges, n, 0);
	if (hit || reliable)
		return hit;
	pr_debug("pid %d: thread %d: unwinding stops early and the scan %s\n", (int)ck->p->pid,
		 (int)t->tid, scan == SCAN_HIT ? "points into a range" : "cannot run");
	return scan == SCAN_HIT ? word_hit : &unwalkable;
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
	int ret;

	*busy = NULL;
	ck.as = unw_create_addr_space(&_UPT_accessors, 0);
	if (!ck.as) {
		pr_warn("pid %d: libunwind: cannot create an address space\n", (int)p->pid);
		return -ENOMEM;
	}
	unw_set_caching_policy(ck.as, UNW_CACHE_GLOBAL);
	/* read while the patient runs; a stack mapped since is read again */
	if (patient_read_maps(p->pid, &ck.vmas, &ck.nvmas))
		ck.vmas = NULL;
	for (;;) {
		ret = patient_stop_all(p);
		if (ret)
			break;
		ck.maps_reread = 0;
		hit = NULL;
		for (size_t i = 0; i < p->nthreads && !hit; i++)
			hit = check_thread(&ck, &p->threads[i], ranges, n, 1);
		if (!hit) {
			ret = 0;
			break;
		}
		*busy = hit->name;
		patient_resume_all(p);
		if (now_ms() >= deadline || hit->never_left) {
			ret = -ERR_BUSY;
			break;
		}
		usleep(RETRY_DELAY_MS * 1000);
	}
	free(ck.vmas);
	free(ck.buf);
	unw_destroy_addr_space(ck.as);
	return ret;
}
