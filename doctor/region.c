/*
 * Choosing the patch region.  Below the object comes first: above a main
 * program lies the brk heap, which must stay free to grow.  The maps may be
 * stale by the time the region is mapped; MAP_FIXED_NOREPLACE catches that
 * and the caller tries the next candidate.
 */
#include <stdio.h>

#include "doctor/region.h"

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
