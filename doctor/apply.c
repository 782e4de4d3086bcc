/*
 * Applying and removing patches on a live patient.  The order is what keeps
 * the patient safe: parse, resolve and relocate locally; map the region
 * (one thread stopped for a remote mmap); write it while the patient runs;
 * stop every thread only to check stacks and write the entry jumps.  The
 * record at the start of the region says LOADING until every jump exists,
 * and `info` reads the entries themselves, so a doctor killed mid-way
 * leaves a patient that is either unpatched or fully patched and says so.
 */
#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "arch.h"
#include "common/log.h"
#include "doctor/apply.h"
#include "doctor/errors.h"
#include "doctor/objects.h"
#include "doctor/record.h"
#include "doctor/region.h"
#include "doctor/relocate.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE	0x100000
#endif
#ifndef PR_SET_VMA
#define PR_SET_VMA		0x53564d41
#define PR_SET_VMA_ANON_NAME	0
#endif

#define MAX_CANDIDATES	16
#define PADDING_WINDOW	32

static struct record_header *image_record(struct patch_image *img)
{
	return (struct record_header *)img->buf;
}

static struct record_func *image_record_funcs(struct patch_image *img)
{
	return (struct record_func *)(img->buf + sizeof(struct record_header));
}

/*
 * A function shorter than the entry jump may only be patched when the jump
 * runs into alignment padding, never into the next function.
 */
static int check_short_function(struct patient *p, const struct patch_image *img,
				const struct patch_func *f)
{
	uint8_t after[PADDING_WINDOW];
	size_t need = ARCH_ENTRY_JUMP_SIZE - f->old_size;
	int ret;

	ret = patient_read(p, f->old_addr + f->old_size, after, sizeof(after));
	if (ret)
		return ret;
	if (arch_is_padding(after, sizeof(after), need) &&
	    !object_symbol_within(img->target, f->old_addr, ARCH_ENTRY_JUMP_SIZE))
		return 0;
	pr_warn("%s: function '%s' is %llu bytes, too short for a %d-byte jump, and no padding follows it\n",
		img->ctx, f->name, (unsigned long long)f->old_size, ARCH_ENTRY_JUMP_SIZE);
	return -ERR_UNSUPPORTED;
}

/* Fills the record at the start of the image for a region at img->base. */
static int fill_record(struct patient *p, struct patch_image *img, const struct object *obj)
{
	struct record_header *h = image_record(img);
	struct record_func *rf = image_record_funcs(img);
	const struct kpatch_file_header *fh = &img->pf->hdr;
	int ret;

	memcpy(h->magic, RECORD_MAGIC, sizeof(h->magic));
	h->version = RECORD_VERSION;
	h->state = RECORD_LOADING;
	h->region_start = img->base;
	h->region_size = img->size;
	h->exec_size = img->exec_size;
	h->applied_at = time(NULL);
	h->patchlevel = fh->patchlevel;
	h->nr_funcs = img->nfuncs;
	snprintf(h->build_id, sizeof(h->build_id), "%s", fh->build_id);
	snprintf(h->patch_id, sizeof(h->patch_id), "%s", fh->patch_id);
	snprintf(h->object_name, sizeof(h->object_name), "%s", obj->path);
	snprintf(h->vma_name, sizeof(h->vma_name), "%s", RECORD_VMA_NAME);
	for (size_t i = 0; i < img->nfuncs; i++) {
		const struct patch_func *f = &img->funcs[i];

		for (size_t j = 0; j < i; j++)
			if (img->funcs[j].old_addr == f->old_addr) {
				pr_warn("%s: bad patch file: '%s' is redirected twice\n", img->ctx, f->name);
				return -ERR_BAD_PATCH;
			}
		rf[i].old_addr = f->old_addr;
		rf[i].old_size = f->old_size;
		rf[i].new_addr = f->new_addr;
		rf[i].new_size = f->new_size;
		rf[i].name_addr = f->name_addr;
		rf[i].len = ARCH_ENTRY_JUMP_SIZE;
		if (arch_entry_jump(f->old_addr, f->new_addr, rf[i].jump)) {
			pr_warn("%s: '%s' is out of jump reach of its new version\n", img->ctx, f->name);
			return -ERR_UNSUPPORTED;
		}
		ret = patient_read(p, f->old_addr, rf[i].saved, rf[i].len);
		if (ret)
			return ret;
		if (f->old_size < ARCH_ENTRY_JUMP_SIZE) {
			ret = check_short_function(p, img, f);
			if (ret)
				return ret;
		}
	}
	return 0;
}

static int remote(struct patient *p, long nr, long a0, long a1, long a2, long a3, long a4,
		  long *result)
{
	const long args[6] = { a0, a1, a2, a3, a4, 0 };

	return patient_remote_syscall(p, nr, args, result);
}

static void unmap_region(struct patient *p, const char *ctx, uint64_t base, uint64_t size)
{
	long res;
	int ret = remote(p, SYS_munmap, (long)base, (long)size, 0, 0, 0, &res);

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
		unmap_region(p, img->ctx, (uint64_t)res, img->size);
		return -EEXIST;
	}
	if (img->size > img->exec_size) {
		ret = remote(p, SYS_mprotect, (long)(base + img->exec_size),
			     (long)(img->size - img->exec_size), PROT_READ | PROT_WRITE, 0, 0, &res);
		if (ret || res) {
			if (!ret)
				pr_warn("%s: mprotect in the patient failed: %s\n", img->ctx,
					strerror((int)-res));
			unmap_region(p, img->ctx, base, img->size);
			return ret ? ret : (int)res;
		}
	}
	return 0;
}

/* Relocates for each candidate address until one can be mapped. */
static int place_region(struct patient *p, struct object_set *set, struct patch_image *img,
			const struct object *obj)
{
	uint64_t cand[MAX_CANDIDATES];
	size_t n = region_candidates(set, obj, img->size, img->need_low, cand, MAX_CANDIDATES);
	int ret;

	for (size_t i = 0; i < n; i++) {
		ret = image_relocate(img, cand[i]);
		if (!ret)
			ret = fill_record(p, img, obj);
		if (ret)
			return ret;
		ret = map_region(p, img, cand[i]);
		if (ret != -EEXIST)
			return ret;
		pr_debug("%s: 0x%llx is taken, trying elsewhere\n", img->ctx,
			 (unsigned long long)cand[i]);
	}
	pr_warn("%s: no free %zu bytes within jump reach of %s%s\n", img->ctx, img->size, obj->name,
		img->need_low ? " below 4 GiB" : "");
	return -ENOMEM;
}

/* Names the region in /proc/PID/maps where the kernel supports it. */
static void name_region(struct patient *p, const struct patch_image *img)
{
	long res;

	uint64_t name = img->base + offsetof(struct record_header, vma_name);

	if (!remote(p, SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, (long)img->base,
		    (long)img->size, (long)name, &res) && res == 0)
		return;
	pr_debug("%s: the region stays unnamed\n", img->ctx);
}

/* The bytes now expected at each entry: the original ones, or for an
 * upgrade the lower level's jump over a function both levels change. */
static const uint8_t *expected_entry(const struct record_func *rf, const struct applied_patch *old)
{
	for (uint32_t k = 0; old && k < old->hdr.nr_funcs; k++)
		if (old->funcs[k].old_addr == rf->old_addr)
			return old->funcs[k].jump;
	return rf->saved;
}

static int in_image_funcs(const struct patch_image *img, uint64_t addr)
{
	const struct record_func *rf = (const struct record_func *)(img->buf +
								     sizeof(struct record_header));

	for (size_t i = 0; i < img->nfuncs; i++)
		if (rf[i].old_addr == addr)
			return 1;
	return 0;
}

/*
 * With every thread stopped outside the old functions (and, for an upgrade,
 * outside the lower level's region): the switch.  An upgrade rewrites the
 * lower level's jumps to the new code and gives back the original bytes of
 * functions the new level no longer changes, all in this one stop.
 */
static int switch_entries(struct patient *p, struct patch_image *img,
			  const struct applied_patch *old)
{
	struct record_func *rf = image_record_funcs(img);
	size_t done = 0, restored = 0;
	uint8_t now[8];
	int ret = 0;

	for (size_t i = 0; i < img->nfuncs && !ret; i++) {
		ret = patient_read(p, rf[i].old_addr, now, rf[i].len);
		if (!ret && memcmp(now, expected_entry(&rf[i], old), rf[i].len)) {
			pr_warn("%s: the entry of '%s' changed while the patch was prepared\n", img->ctx,
				img->funcs[i].name);
			ret = -EBUSY;
		}
	}
	for (uint32_t k = 0; old && k < old->hdr.nr_funcs && !ret; k++) {
		ret = patient_read(p, old->funcs[k].old_addr, now, old->funcs[k].len);
		if (!ret && memcmp(now, old->funcs[k].jump, old->funcs[k].len)) {
			pr_warn("%s: the entry of '%s' is no longer the jump of level %u\n", img->ctx,
				old->names[k], old->hdr.patchlevel);
			ret = -EBUSY;
		}
	}
	for (; done < img->nfuncs && !ret; done++)
		ret = patient_write(p, rf[done].old_addr, rf[done].jump, rf[done].len);
	for (; old && restored < old->hdr.nr_funcs && !ret; restored++)
		if (!in_image_funcs(img, old->funcs[restored].old_addr))
			ret = patient_write(p, old->funcs[restored].old_addr,
					    old->funcs[restored].saved, old->funcs[restored].len);
	if (!ret && old)
		ret = record_set_state(p, old->hdr.region_start, RECORD_REMOVING);
	if (!ret)
		ret = record_set_state(p, img->base, RECORD_APPLIED);
	if (!ret)
		return 0;
	/* undo next to the do: put back what was written */
	if (old)
		record_set_state(p, old->hdr.region_start, old->hdr.state);
	while (restored--)
		if (!in_image_funcs(img, old->funcs[restored].old_addr))
			patient_write(p, old->funcs[restored].old_addr, old->funcs[restored].jump,
				      old->funcs[restored].len);
	while (done--)
		patient_write(p, rf[done].old_addr, expected_entry(&rf[done], old), rf[done].len);
	return ret;
}

/*
 * For an upgrade, the new record keeps the original bytes of a function the
 * lower level redirected, so that taking the new level off restores them.
 */
static void inherit_saved(struct patch_image *img, const struct applied_patch *old)
{
	struct record_func *rf = image_record_funcs(img);

	for (size_t i = 0; old && i < img->nfuncs; i++)
		for (uint32_t k = 0; k < old->hdr.nr_funcs; k++)
			if (old->funcs[k].old_addr == rf[i].old_addr)
				memcpy(rf[i].saved, old->funcs[k].saved, rf[i].len);
}

static int apply_one(struct patient *p, struct object_set *set, const struct patch_file *pf,
		     const struct object *obj, const struct applied_patch *old, unsigned timeout_ms,
		     size_t *hunks)
{
	struct patch_image img;
	struct code_range *ranges;
	const char *busy = NULL;
	size_t nranges;
	int ret;

	ret = image_prepare(&img, pf, obj, set, p);
	if (ret)
		return ret;
	ret = place_region(p, set, &img, obj);
	if (ret)
		goto out;
	inherit_saved(&img, old);
	ret = patient_write(p, img.base, img.buf, img.size);
	if (ret)
		goto unmap;
	name_region(p, &img);
	nranges = img.nfuncs + (old ? old->hdr.nr_funcs + 1 : 0);
	ranges = calloc(nranges, sizeof(*ranges));
	if (!ranges) {
		ret = -ENOMEM;
		goto unmap;
	}
	for (size_t i = 0; i < img.nfuncs; i++) {
		const struct patch_func *f = &img.funcs[i];
		uint64_t len = f->old_size > ARCH_ENTRY_JUMP_SIZE ? f->old_size : ARCH_ENTRY_JUMP_SIZE;

		ranges[i] = (struct code_range){ f->old_addr, f->old_addr + len, f->name };
	}
	if (old) {
		size_t k = img.nfuncs;

		/* no thread may stay in the lower level's code: it goes away */
		ranges[k++] = (struct code_range){ old->hdr.region_start,
			old->hdr.region_start + old->hdr.region_size, "the lower level's code" };
		for (uint32_t i = 0; i < old->hdr.nr_funcs; i++)
			ranges[k++] = (struct code_range){ old->funcs[i].old_addr,
				old->funcs[i].old_addr + old->funcs[i].len, old->names[i] };
	}
	ret = patient_wait_until_safe(p, ranges, nranges, timeout_ms, &busy);
	if (!ret) {
		ret = switch_entries(p, &img, old);
		patient_resume_all(p);
	} else if (ret == -EBUSY) {
		pr_warn("%s: a thread stayed inside '%s' for %u ms; nothing was changed\n", img.ctx,
			busy ? busy : "?", timeout_ms);
	}
	free(ranges);
	if (!ret) {
		pr_info("%s: %zu function(s) of %s redirected into 0x%llx-0x%llx\n", img.ctx, img.nfuncs,
			obj->name, (unsigned long long)img.base, (unsigned long long)(img.base + img.size));
		*hunks += img.nfuncs;
		if (old)
			unmap_region(p, img.ctx, old->hdr.region_start, old->hdr.region_size);
		goto out;
	}
unmap:
	unmap_region(p, img.ctx, img.base, img.size);
out:
	image_free(&img);
	return ret;
}

/*
 * Is this patch already on the object?  The same id at the same level is
 * skipped, at a lower level it is upgraded (*old names it), at a higher one
 * refused.  Patches with other ids stack on top of each other.
 */
static int check_applied(pid_t pid, const struct patch_file *pf, const struct applied_patch *ap,
			 size_t nap, int *skip, const struct applied_patch **old)
{
	*skip = 0;
	*old = NULL;
	for (size_t i = 0; i < nap; i++) {
		if (strcmp(ap[i].hdr.build_id, pf->hdr.build_id) ||
		    strcmp(ap[i].hdr.patch_id, pf->hdr.patch_id))
			continue;
		if (ap[i].nr_redirected != ap[i].hdr.nr_funcs) {
			pr_warn("pid %d: patch %s: %s carries it %s; unpatch it first\n", (int)pid,
				patch_id(pf), ap[i].hdr.object_name, record_state_name(&ap[i]));
			return -EEXIST;
		}
		if (ap[i].hdr.patchlevel == pf->hdr.patchlevel) {
			pr_info("pid %d: patch %s is already applied to %s\n", (int)pid, patch_id(pf),
				ap[i].hdr.object_name);
			*skip = 1;
			return 0;
		}
		if (ap[i].hdr.patchlevel > pf->hdr.patchlevel) {
			pr_warn("pid %d: patch %s: level %u is applied, newer than level %u\n", (int)pid,
				patch_id(pf), ap[i].hdr.patchlevel, pf->hdr.patchlevel);
			return -EEXIST;
		}
		*old = &ap[i];
	}
	return 0;
}

int process_matches(pid_t pid, struct patch_file *const *pfs, size_t n)
{
	struct object_set set;
	int ret = objects_load(pid, &set), found = 0;

	if (ret)
		return ret;
	for (size_t i = 0; i < n && !found; i++)
		found = objects_find_build_id(&set, pfs[i]->hdr.build_id) != NULL;
	objects_free(&set);
	return found;
}

int patch_process(pid_t pid, struct patch_file *const *pfs, size_t n, int must_match,
		  unsigned timeout_ms, size_t *hunks)
{
	struct patch_outcome *out = calloc(n ? n : 1, sizeof(*out));
	int ret;

	if (!out)
		return -ENOMEM;
	ret = patch_process_report(pid, pfs, n, must_match, timeout_ms, out, hunks);
	free(out);
	return ret;
}

int patch_process_report(pid_t pid, struct patch_file *const *pfs, size_t n, int must_match,
			 unsigned timeout_ms, struct patch_outcome *out, size_t *hunks)
{
	struct applied_patch *applied = NULL;
	const struct applied_patch *old;
	struct object_set set;
	struct patient *p;
	size_t napplied = 0, matched = 0;
	int ret, skip;

	*hunks = 0;
	memset(out, 0, n * sizeof(*out));
	ret = patient_open(pid, &p);
	if (ret)
		return ret;
	ret = objects_load(pid, &set);
	if (ret)
		goto close;
	ret = record_scan(p, &applied, &napplied);
	for (size_t i = 0; i < n && !ret; i++) {
		struct object *obj = objects_find_build_id(&set, pfs[i]->hdr.build_id);

		if (!obj) {
			if (must_match) {
				pr_warn("pid %d: patch %s: no object with BuildID %s (%s) in the process\n",
					(int)pid, patch_id(pfs[i]), pfs[i]->hdr.build_id,
					pfs[i]->hdr.object_name[0] ? pfs[i]->hdr.object_name : "no name");
				ret = -ERR_NO_OBJECT;
			}
			out[i].kind = OUTCOME_NOT_APPLICABLE;
			continue;
		}
		matched++;
		snprintf(out[i].object, sizeof(out[i].object), "%s", obj->name);
		ret = check_applied(pid, pfs[i], applied, napplied, &skip, &old);
		if (!ret && skip)
			out[i].kind = OUTCOME_ALREADY;
		if (ret || skip)
			continue;
		ret = apply_one(p, &set, pfs[i], obj, old, timeout_ms, &out[i].hunks);
		if (ret)
			break;
		*hunks += out[i].hunks;
		out[i].kind = old ? OUTCOME_UPGRADED : OUTCOME_APPLIED;
		out[i].old_level = old ? old->hdr.patchlevel : 0;
		/* a later patch in the list may stack on this one */
		record_free(applied, napplied);
		applied = NULL;
		napplied = 0;
		ret = record_scan(p, &applied, &napplied);
	}
	if (!ret && !matched) {
		pr_warn("pid %d: none of the %zu patch(es) is for an object of the process\n", (int)pid, n);
		ret = -ERR_NO_OBJECT;
	}
	record_free(applied, napplied);
	objects_free(&set);
close:
	patient_close(p);
	return ret;
}

static int selected(const struct applied_patch *ap, const char *patch_id, char *const *build_ids,
		    size_t n)
{
	if (patch_id)
		return !strcmp(ap->hdr.patch_id, patch_id);
	for (size_t i = 0; i < n; i++)
		if (!strcmp(ap->hdr.build_id, build_ids[i]))
			return 1;
	return n == 0;
}

/* With every thread stopped outside the region and the entries. */
static int restore_entries(struct patient *p, const char *ctx, struct applied_patch *ap)
{
	size_t i, done;
	int ret;

	ret = record_refresh(p, ap);
	if (ret)
		return ret;
	for (i = 0; i < ap->hdr.nr_funcs; i++)
		if (ap->states[i] == FUNC_CHANGED) {
			pr_warn("%s: the entry of '%s' was changed by someone else; leaving the patch on\n",
				ctx, ap->names[i]);
			return -EBUSY;
		}
	ret = record_set_state(p, ap->hdr.region_start, RECORD_REMOVING);
	for (done = 0; done < ap->hdr.nr_funcs && !ret; done++)
		if (ap->states[done] == FUNC_REDIRECTED)
			ret = patient_write(p, ap->funcs[done].old_addr, ap->funcs[done].saved,
					    ap->funcs[done].len);
	if (!ret)
		return 0;
	while (done--)
		if (ap->states[done] == FUNC_REDIRECTED)
			patient_write(p, ap->funcs[done].old_addr, ap->funcs[done].jump,
				      ap->funcs[done].len);
	record_set_state(p, ap->hdr.region_start, ap->hdr.state);
	return ret;
}

static int unpatch_one(struct patient *p, struct applied_patch *ap, unsigned timeout_ms,
		       size_t *hunks)
{
	struct code_range *ranges;
	const char *busy = NULL;
	char ctx[128];
	size_t n = 0;
	int ret;

	snprintf(ctx, sizeof(ctx), "pid %d: patch %s", (int)patient_pid(p),
		 ap->hdr.patch_id[0] ? ap->hdr.patch_id : "(no id)");
	ranges = calloc(ap->hdr.nr_funcs + 1, sizeof(*ranges));
	if (!ranges)
		return -ENOMEM;
	ranges[n++] = (struct code_range){ ap->hdr.region_start,
					   ap->hdr.region_start + ap->hdr.region_size, "the patch's code" };
	for (size_t i = 0; i < ap->hdr.nr_funcs; i++)
		ranges[n++] = (struct code_range){ ap->funcs[i].old_addr,
						   ap->funcs[i].old_addr + ap->funcs[i].len, ap->names[i] };
	ret = patient_wait_until_safe(p, ranges, n, timeout_ms, &busy);
	if (!ret) {
		ret = restore_entries(p, ctx, ap);
		patient_resume_all(p);
	} else if (ret == -EBUSY) {
		pr_warn("%s: a thread stayed in %s for %u ms; the patch stays\n", ctx,
			busy ? busy : "the patch", timeout_ms);
	}
	free(ranges);
	if (ret)
		return ret;
	unmap_region(p, ctx, ap->hdr.region_start, ap->hdr.region_size);
	pr_info("%s: %u function(s) of %s restored\n", ctx, ap->hdr.nr_funcs, ap->hdr.object_name);
	*hunks += ap->nr_redirected;
	return 0;
}

/*
 * The patch whose jump sits over an entry of AP, when AP's own jump is not
 * there any more: a patch stacked on top of it.
 */
static const struct applied_patch *stacked_over(const struct applied_patch *ap,
						const struct applied_patch *all, size_t n,
						const char **func)
{
	for (uint32_t k = 0; k < ap->hdr.nr_funcs; k++) {
		if (ap->states[k] != FUNC_CHANGED)
			continue;
		*func = ap->names[k];
		for (size_t i = 0; i < n; i++)
			for (uint32_t j = 0; &all[i] != ap && j < all[i].hdr.nr_funcs; j++)
				if (all[i].funcs[j].old_addr == ap->funcs[k].old_addr &&
				    all[i].states[j] == FUNC_REDIRECTED)
					return &all[i];
		return NULL;
	}
	return NULL;
}

static const char *id_of(const struct applied_patch *ap)
{
	return ap->hdr.patch_id[0] ? ap->hdr.patch_id : "(no id)";
}

/*
 * Takes the selected patches off, the topmost first: a patch another one
 * was applied over (on the same function) goes only once that one is off.
 * What cannot go is refused before the patient is stopped.
 */
int unpatch_process(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
		    unsigned timeout_ms, size_t *hunks)
{
	struct applied_patch *applied = NULL;
	struct patient *p;
	size_t napplied = 0, matched = 0, left, done = 0;
	char *gone = NULL;
	int ret;

	*hunks = 0;
	ret = patient_open(pid, &p);
	if (ret)
		return ret;
	ret = record_scan(p, &applied, &napplied);
	if (!ret) {
		gone = calloc(napplied + 1, 1);
		if (!gone)
			ret = -ENOMEM;
	}
	for (size_t i = 0; i < napplied && !ret; i++)
		matched += selected(&applied[i], patch_id, build_ids, n);
	for (left = matched; left && !ret; left -= done) {
		done = 0;
		for (size_t i = 0; i < napplied && !ret; i++) {
			const char *func = NULL;

			if (gone[i] || !selected(&applied[i], patch_id, build_ids, n))
				continue;
			ret = record_refresh(p, &applied[i]);
			if (ret || stacked_over(&applied[i], applied, napplied, &func) || func)
				continue;
			ret = unpatch_one(p, &applied[i], timeout_ms, hunks);
			gone[i] = 1;
			/* the entries of the patches below have changed back */
			for (size_t k = 0; k < napplied && !ret; k++)
				if (!gone[k])
					ret = record_refresh(p, &applied[k]);
			done++;
		}
		if (!done && !ret) {
			for (size_t i = 0; i < napplied; i++) {
				const struct applied_patch *top;
				const char *func = NULL;

				if (gone[i] || !selected(&applied[i], patch_id, build_ids, n))
					continue;
				top = stacked_over(&applied[i], applied, napplied, &func);
				if (top)
					pr_warn("pid %d: patch %s: patch %s is applied over it on '%s'; unpatch %s first\n",
						(int)pid, id_of(&applied[i]), id_of(top), func, id_of(top));
				else
					pr_warn("%s: the entry of '%s' was changed by someone else; leaving the patch on\n",
						id_of(&applied[i]), func ? func : "?");
				ret = -ENOTEMPTY;
				break;
			}
		}
	}
	if (!ret && !matched) {
		if (patch_id)
			pr_warn("pid %d: no patch with id %s is applied\n", (int)pid, patch_id);
		else
			pr_warn("pid %d: no patch is applied%s\n", (int)pid,
				n ? " to the objects named" : "");
		ret = -ERR_NO_OBJECT;
	}
	free(gone);
	record_free(applied, napplied);
	patient_close(p);
	return ret;
}

int process_has_patches(pid_t pid, const char *patch_id, char *const *build_ids, size_t n)
{
	struct applied_patch *applied = NULL;
	struct patient *p;
	size_t napplied = 0;
	int ret, found = 0;

	ret = record_maybe(pid);
	if (ret <= 0)
		return ret;
	ret = patient_open(pid, &p);
	if (ret)
		return ret;
	ret = record_scan(p, &applied, &napplied);
	for (size_t i = 0; i < napplied && !found; i++)
		found = selected(&applied[i], patch_id, build_ids, n);
	record_free(applied, napplied);
	patient_close(p);
	return ret ? ret : found;
}

static int by_pid(const void *a, const void *b)
{
	pid_t x = *(const pid_t *)a, y = *(const pid_t *)b;

	return (x > y) - (x < y);
}

int list_processes(pid_t **out, size_t *count)
{
	DIR *d = opendir("/proc");
	pid_t *list = NULL, *grown, self = getpid();
	struct dirent *e;
	size_t n = 0;

	if (!d) {
		pr_warn("cannot list processes: /proc: %s\n", strerror(errno));
		return -errno;
	}
	while ((e = readdir(d))) {
		char *end;
		long v = strtol(e->d_name, &end, 10);

		if (*end || v <= 1 || v == self)
			continue;
		grown = realloc(list, (n + 1) * sizeof(*list));
		if (!grown) {
			free(list);
			closedir(d);
			return -ENOMEM;
		}
		list = grown;
		list[n++] = (pid_t)v;
	}
	closedir(d);
	if (n)
		qsort(list, n, sizeof(*list), by_pid);
	*out = list;
	*count = n;
	return 0;
}
