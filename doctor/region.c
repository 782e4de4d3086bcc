/*
 * The patch region in the patient: choosing where it goes, mapping it with
 * remote system calls, naming it and taking it away.  Below the object
 * comes first: above a main program lies the brk heap, which must stay free
 * to grow.  The maps may be stale by the time the region is mapped;
 * MAP_FIXED_NOREPLACE catches that and the next candidate is tried.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/proof.h"
#include "doctor/record_write.h"
#include "doctor/region.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE	0x100000
#endif
#ifndef PR_SET_VMA
#define PR_SET_VMA		0x53564d41
#define PR_SET_VMA_ANON_NAME	0
#endif

#define MAX_CANDIDATES	16

#define REACH		(2ULL << 30)		/* rel32 */
#define SLACK		(1ULL << 20)		/* so code at either end still reaches */
#define GUARD		(64ULL << 10)		/* free space kept around the region */
#define HEAP_ROOM	(256ULL << 20)
#define LOW_LIMIT	(4ULL << 30)
#define USER_TOP	0x7ffffffff000ULL
#define PAGE_MASK_4K	(~4095ULL)

static uint64_t mmap_min_addr(void)
{
	unsigned long long v = 65536;
	FILE *f = fopen("/proc/sys/vm/mmap_min_addr", "r");

	if (f) {
		if (fscanf(f, "%llu", &v) != 1)
			v = 65536;
		fclose(f);
	}
	return v < 65536 ? 65536 : v;
}

static void add(uint64_t *out, size_t max, size_t *n, uint64_t addr)
{
	for (size_t i = 0; i < *n; i++)
		if (out[i] == addr)
			return;
	if (*n < max)
		out[(*n)++] = addr;
}

size_t region_candidates(const struct object_set *set, const struct object *obj, uint64_t size,
			 int low, uint64_t *out, size_t max)
{
	uint64_t lo, hi, floor = mmap_min_addr() + GUARD;
	size_t n = 0;
	int pass;

	lo = obj->end > REACH - SLACK ? obj->end - (REACH - SLACK) : 0;
	hi = obj->start + (REACH - SLACK);	/* the region must end below hi */
	if (lo < floor)
		lo = floor;
	if (low && hi > LOW_LIMIT)
		hi = LOW_LIMIT;
	if (hi > USER_TOP - GUARD)
		hi = USER_TOP - GUARD;
	if (hi < lo || hi - lo < size)
		return 0;
	/* pass 0: below the object, nearest first; 1: above, leaving heap room; 2: above */
	for (pass = 0; pass < 3; pass++) {
		for (size_t i = 0; i <= set->nvmas; i++) {
			size_t k = pass ? i : set->nvmas - i;
			uint64_t gap_lo = k ? set->vmas[k - 1].end + GUARD : floor;
			uint64_t gap_hi = k < set->nvmas ? set->vmas[k].start - GUARD : USER_TOP - GUARD;
			uint64_t start;

			if ((k < set->nvmas && set->vmas[k].start < GUARD) ||
			    (k && set->vmas[k - 1].end >= USER_TOP))
				continue;
			if (gap_lo < lo)
				gap_lo = lo;
			if (gap_hi > hi)
				gap_hi = hi;
			if (gap_hi <= gap_lo || gap_hi - gap_lo < size)
				continue;
			if (pass == 0) {
				if (gap_hi > obj->start)
					continue;
				start = (gap_hi - size) & PAGE_MASK_4K;
			} else {
				if (gap_lo < obj->end)
					continue;
				start = (gap_lo + 4095) & PAGE_MASK_4K;
				if (pass == 1 && obj->is_program && start < obj->end + HEAP_ROOM)
					start = (obj->end + HEAP_ROOM) & PAGE_MASK_4K;
			}
			if (start >= gap_lo && start + size <= gap_hi)
				add(out, max, &n, start);
		}
	}
	return n;
}

static int remote(struct patient *p, long nr, long a0, long a1, long a2, long a3, long a4,
		  long *result)
{
	const long args[6] = { a0, a1, a2, a3, a4, 0 };

	/* the region's name is a convenience, never worth a refusal */
	if (nr == SYS_prctl)
		return patient_remote_syscall_optional(p, nr, args, result);
	return patient_remote_syscall(p, nr, args, result);
}

void region_unmap(struct patient *p, const char *ctx, uint64_t base, uint64_t size)
{
	long res;
	int ret;

	patient_prepare_remote(p);
	ret = remote(p, SYS_munmap, (long)base, (long)size, 0, 0, 0, &res);

	/* a patient that is gone has nothing left to unmap */
	if (ret != -ESRCH && (ret || res))
		pr_warn("%s: could not unmap the patch region at 0x%llx: it stays, unused\n", ctx,
			(unsigned long long)base);
}

/*
 * Maps the region at BASE: r-x for the record, code and jump table, rw-
 * after.  -EEXIST when something is there already.
 */
static int map_region(struct patient *p, const struct patch_image *img, uint64_t base)
{
	long res;
	int ret;

	ret = remote(p, SYS_mmap, (long)base, (long)img->size, PROT_READ | PROT_EXEC,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, &res);
	if (ret)
		return ret;
	if (res == -EEXIST)
		return -EEXIST;
	if (res < 0 && res > -4096) {
		pr_warn("%s: mmap of %zu bytes in the patient failed: %s\n", img->ctx, img->size,
			strerror((int)-res));
		return (int)res;
	}
	if ((uint64_t)res != base) {
		/* a kernel without MAP_FIXED_NOREPLACE took it as a hint */
		region_unmap(p, img->ctx, (uint64_t)res, img->size);
		return -EEXIST;
	}
	if (img->size > img->exec_size) {
		ret = remote(p, SYS_mprotect, (long)(base + img->exec_size),
			     (long)(img->size - img->exec_size), PROT_READ | PROT_WRITE, 0, 0, &res);
		if (ret || res) {
			if (!ret)
				pr_warn("%s: mprotect in the patient failed: %s\n", img->ctx,
					strerror((int)-res));
			region_unmap(p, img->ctx, base, img->size);
			return ret ? ret : (int)res;
		}
	}
	return 0;
}

/* Does this kernel name anonymous mappings?  Asked once, of a mapping of
 * the doctor's own, so that a kernel without it costs no remote call. */
static int kernel_names_mappings(void)
{
	static int known = -1;
	void *m;

	if (known >= 0)
		return known;
	m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	known = m != MAP_FAILED &&
		!prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, (unsigned long)m, 4096UL, RECORD_VMA_NAME);
	if (m != MAP_FAILED)
		munmap(m, 4096);
	if (!known)
		pr_debug("this kernel does not name anonymous mappings: patch regions stay unnamed\n");
	return known;
}

/*
 * Names IMG's region in /proc/PID/maps where the kernel supports it.  The
 * kernel copies the name from the patient's memory: the record's copy of it
 * goes there first.  Only a failed write is an error.
 */
static int region_name(struct patient *p, const struct patch_image *img)
{
	const struct record_header *h = (const struct record_header *)img->buf;
	size_t at = offsetof(struct record_header, vma_name);
	long res;
	int ret;

	if (!kernel_names_mappings())
		return 0;
	ret = patient_write(p, img->base + at, h->vma_name, sizeof(h->vma_name));
	if (ret)
		return ret;
	if (!remote(p, SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, (long)img->base,
		    (long)img->size, (long)(img->base + at), &res) && res == 0)
		return 0;
	pr_debug("%s: the region stays unnamed\n", img->ctx);
	return 0;
}

/* Maps and names the region at BASE, the system calls in one stop of the
 * thread that runs them. */
static int map_and_name(struct patient *p, const struct patch_image *img, uint64_t base)
{
	int ret;

	patient_prepare_remote(p);
	ret = patient_borrow_thread(p);
	if (ret)
		return ret;
	ret = map_region(p, img, base);
	if (!ret) {
		ret = region_name(p, img);
		if (ret)
			region_unmap(p, img->ctx, base, img->size);
	}
	patient_return_thread(p);
	return ret;
}

int region_place(struct patient *p, struct object_set *set, struct patch_image *img,
		 const struct object *obj, const struct applied_patch *applied, size_t napplied)
{
	uint64_t cand[MAX_CANDIDATES];
	size_t n = region_candidates(set, obj, img->size, img->need_low, cand, MAX_CANDIDATES);
	int ret;

	for (size_t i = 0; i < n; i++) {
		ret = image_relocate(img, cand[i]);
		if (!ret)
			ret = record_fill(p, img, obj);
		/* the same wherever the region goes: proven once, before the first mmap */
		if (!ret && !i)
			ret = proof_check(p, img, applied, napplied);
		if (ret)
			return ret;
		ret = map_and_name(p, img, cand[i]);
		if (ret != -EEXIST)
			return ret;
		pr_debug("%s: 0x%llx is taken, trying elsewhere\n", img->ctx,
			 (unsigned long long)cand[i]);
	}
	pr_warn("%s: no free %zu bytes within jump reach of %s%s\n", img->ctx, img->size,
		printable(obj->name),
		img->need_low ? " below 4 GiB" : "");
	return -ENOMEM;
}
