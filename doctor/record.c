/*
 * Reading and updating the records of applied patches inside a patient.
 * A record sits at the start of the region's first (r-x) mapping; the scan
 * only looks at anonymous r-x mappings, which are rare, and believes a
 * record only if it also names the address it sits at.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "common/log.h"
#include "doctor/record.h"

#define RECORD_MAX_REGION	(1ULL << 30)

size_t record_size(size_t nfuncs)
{
	size_t size = sizeof(struct record_header) + nfuncs * sizeof(struct record_func);

	return (size + 63) & ~(size_t)63;
}

/* Bytes of the header as version VERSION wrote it; 0 for a version unknown. */
static size_t header_size(uint32_t version)
{
	switch (version) {
	case 1:
		return RECORD_V1_HEADER_SIZE;
	case RECORD_VERSION:
		return sizeof(struct record_header);
	default:
		return 0;
	}
}

static int is_candidate(const struct vma *v)
{
	return !v->inode && (!v->path[0] || !strncmp(v->path, "[anon:", 6)) &&
	       v->prot == (PROT_READ | PROT_EXEC) && v->end - v->start >= RECORD_V1_HEADER_SIZE;
}

int record_refresh(struct patient *p, struct applied_patch *ap)
{
	ap->nr_redirected = 0;
	for (uint32_t i = 0; i < ap->hdr.nr_funcs; i++) {
		const struct record_func *f = &ap->funcs[i];
		uint8_t now[8];
		int ret = patient_read(p, f->old_addr, now, f->len);

		if (ret)
			return ret;
		if (!memcmp(now, f->jump, f->len)) {
			ap->states[i] = FUNC_REDIRECTED;
			ap->nr_redirected++;
		} else {
			ap->states[i] = memcmp(now, f->saved, f->len) ? FUNC_CHANGED : FUNC_ORIGINAL;
		}
	}
	return 0;
}

static int read_record(struct patient *p, const struct vma *v, struct applied_patch *ap)
{
	struct record_header *h = &ap->hdr;
	size_t hsize;
	uint64_t end;
	int ret;

	memset(ap, 0, sizeof(*ap));
	/* the part every version has first, then the rest of this version's */
	if (patient_read(p, v->start, h, RECORD_V1_HEADER_SIZE) || memcmp(h->magic, RECORD_MAGIC, 8) ||
	    !(hsize = header_size(h->version)) || h->region_start != v->start)
		return -ENOENT;
	if (h->region_size > RECORD_MAX_REGION || h->exec_size > h->region_size ||
	    hsize + (uint64_t)h->nr_funcs * sizeof(struct record_func) > h->exec_size) {
		pr_warn("pid %d: patch region at 0x%llx holds a damaged record\n",
			(int)patient_pid(p), (unsigned long long)v->start);
		return -ENOENT;
	}
	if (hsize > RECORD_V1_HEADER_SIZE &&
	    patient_read(p, v->start + RECORD_V1_HEADER_SIZE, (char *)h + RECORD_V1_HEADER_SIZE,
			 hsize - RECORD_V1_HEADER_SIZE))
		return -ENOENT;
	h->build_id[sizeof(h->build_id) - 1] = '\0';
	h->patch_id[sizeof(h->patch_id) - 1] = '\0';
	h->object_name[sizeof(h->object_name) - 1] = '\0';
	ap->funcs = calloc(h->nr_funcs + 1, sizeof(*ap->funcs));
	ap->names = calloc(h->nr_funcs + 1, sizeof(*ap->names));
	ap->states = calloc(h->nr_funcs + 1, sizeof(*ap->states));
	if (!ap->funcs || !ap->names || !ap->states)
		return -ENOMEM;
	ret = patient_read(p, v->start + hsize, ap->funcs, h->nr_funcs * sizeof(*ap->funcs));
	if (ret)
		return ret;
	end = h->region_start + h->region_size;
	for (uint32_t i = 0; i < h->nr_funcs; i++) {
		struct record_func *f = &ap->funcs[i];
		uint64_t len = sizeof(ap->names[i]) - 1;

		if (f->len == 0 || f->len > sizeof(f->saved))
			return -ENOENT;
		if (f->name_addr >= h->region_start && f->name_addr < end) {
			if (len > end - f->name_addr)
				len = end - f->name_addr;
			if (patient_read(p, f->name_addr, ap->names[i], len))
				ap->names[i][0] = '\0';
		}
		if (!ap->names[i][0])
			strcpy(ap->names[i], "?");
	}
	return record_refresh(p, ap);
}

static void free_one(struct applied_patch *ap)
{
	free(ap->funcs);
	free(ap->names);
	free(ap->states);
}

int record_scan(struct patient *p, struct applied_patch **out, size_t *count)
{
	struct applied_patch *list = NULL, *grown;
	struct vma *vmas;
	size_t nvmas, n = 0;
	int ret;

	*out = NULL;
	*count = 0;
	ret = patient_read_maps(patient_pid(p), &vmas, &nvmas);
	if (ret)
		return ret;
	for (size_t i = 0; i < nvmas; i++) {
		if (!is_candidate(&vmas[i]))
			continue;
		grown = realloc(list, (n + 1) * sizeof(*list));
		if (!grown) {
			ret = -ENOMEM;
			break;
		}
		list = grown;
		ret = read_record(p, &vmas[i], &list[n]);
		if (ret == -ENOENT) {
			free_one(&list[n]);
			ret = 0;
			continue;
		}
		if (ret) {
			free_one(&list[n]);
			break;
		}
		n++;
	}
	free(vmas);
	if (ret) {
		record_free(list, n);
		return ret;
	}
	*out = list;
	*count = n;
	return 0;
}

int record_maybe(pid_t pid)
{
	struct vma *vmas;
	size_t nvmas;
	int ret, n = 0;

	ret = patient_read_maps(pid, &vmas, &nvmas);
	if (ret)
		return ret;
	for (size_t i = 0; i < nvmas; i++)
		n += is_candidate(&vmas[i]);
	free(vmas);
	return n;
}

void record_free(struct applied_patch *patches, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free_one(&patches[i]);
	free(patches);
}

int record_set_state(struct patient *p, uint64_t region, enum record_state state)
{
	uint32_t s = state;

	return patient_write(p, region + offsetof(struct record_header, state), &s, sizeof(s));
}

int record_set_stopped(struct patient *p, uint64_t region, uint64_t ns)
{
	return patient_write(p, region + offsetof(struct record_header, stopped_ns), &ns, sizeof(ns));
}

const char *record_state_name(const struct applied_patch *ap)
{
	if (ap->nr_redirected == ap->hdr.nr_funcs)
		return "applied";
	if (ap->nr_redirected)
		return "partially applied";
	return "not applied";
}
