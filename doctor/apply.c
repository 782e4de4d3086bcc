/*
 * Applying and removing patches on a live patient.  The order is what keeps
 * the patient safe: parse, resolve and relocate locally; map the region
 * (one thread stopped for a remote mmap); write it while the patient runs;
 * stop every thread only to check stacks and write the entry jumps.  The
 * record at the start of the region says LOADING until every jump exists,
 * and `info` reads the entries themselves, so a doctor killed mid-way
 * leaves a patient that is either unpatched or fully patched and says so.
 *
 * This file only orders the steps; each lives with its concern: region.c
 * (placing and mapping the region), record_write.c (the record), switch.c
 * (the entry writes and their undo), policy.c (levels and stacking).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch.h"
#include "common/kpatch_info_flags.h"
#include "common/log.h"
#include "common/printable.h"
#include "doctor/apply.h"
#include "doctor/errors.h"
#include "doctor/objects.h"
#include "doctor/perfmap.h"
#include "doctor/policy.h"
#include "doctor/record.h"
#include "doctor/record_write.h"
#include "doctor/region.h"
#include "doctor/relocate.h"
#include "doctor/switch.h"
#include "doctor/unwind.h"

/* Was the function a thread stayed in one that never returns? */
static int never_left(const struct code_range *ranges, size_t n, const char *busy)
{
	for (size_t i = 0; i < n; i++)
		if (ranges[i].name == busy)
			return ranges[i].never_left;
	return 0;
}

/*
 * Keeps in the record at REGION how long its apply held the patient
 * stopped, STOPPED0 being patient_stopped_ns() before it began.  Written
 * once the patient runs again: a figure lost (the process exiting) costs
 * nothing but the figure, 0 in the record.
 */
static uint64_t note_stop(struct patient *p, const char *ctx, uint64_t region, uint64_t stopped0)
{
	uint64_t ns = patient_stopped_ns(p) - stopped0;

	if (record_set_stopped(p, region, ns))
		pr_debug("%s: the stop is not kept in the record\n", ctx);
	return ns;
}

/*
 * At the stop, every thread outside the code that changes: the unwind
 * information goes in before the first jump to its code exists, and the
 * lower level's goes out before its region does.  *KEEP_OLD when the lower
 * level's region must stay mapped (its information is still registered).
 */
static int switch_with_unwind(struct patient *p, struct patch_image *img,
			      const struct applied_patch *old, const struct unwind_desc *old_desc,
			      int old_has_unwind, int registering, int *keep_old)
{
	int registered = 0, pending = 0, ret;

	if (registering) {
		ret = unwind_register(p, img);
		if (ret == -ESRCH)
			return ret;
		if (ret)
			pr_notice("%s: the patch's unwind information is not registered: backtraces and exceptions stop at its frames\n",
				  img->ctx);
		registered = !ret;
		/* a call left to finish on its own runs the stub in the region */
		pending = ret == -ETIMEDOUT;
	}
	ret = switch_entries(p, img, old);
	if (ret && ret != -ERR_ROLLBACK &&
	    (pending || (registered && unwind_deregister_image(p, img))))
		ret = -ERR_ROLLBACK;	/* the unwinder points into the region: it stays */
	if (!ret && old_has_unwind > 0 && unwind_deregister(p, img->ctx, old_desc)) {
		pr_notice("%s: the lower level's region stays mapped: its unwind information could not be deregistered\n",
			  img->ctx);
		*keep_old = 1;
	}
	return ret;
}

static int apply_one(struct patient *p, struct object_set *set, const struct patch_file *pf,
		     const struct object *obj, const struct applied_patch *applied, size_t napplied,
		     const struct applied_patch *old, unsigned timeout_ms,
		     struct patch_outcome *out)
{
	uint64_t stopped0 = patient_stopped_ns(p);
	struct patch_image img;
	struct code_range *ranges, unwind_ranges[2], old_unwind_ranges[2];
	struct unwind_desc old_desc;
	const char *busy = NULL;
	size_t nranges, nunwind = 0, nold_unwind = 0;
	int ret, old_has_unwind = 0, keep_old = 0;

	ret = image_prepare(&img, pf, obj, set, p);
	if (ret)
		return ret;
	ret = region_place(p, set, &img, obj, applied, napplied);
	if (ret)
		goto out;
	record_inherit_saved(&img, old);
	unwind_fill(&img, set, p, unwind_ranges, &nunwind);
	ret = patient_write(p, img.base, img.buf, img.size);
	if (ret)
		goto unmap;
	if (old) {
		old_has_unwind = unwind_read(p, old, &old_desc, old_unwind_ranges, &nold_unwind);
		if (old_has_unwind < 0) {
			ret = old_has_unwind;
			goto unmap;
		}
	}
	nranges = img.nfuncs + (old ? old->hdr.nr_funcs + 1 : 0) + nunwind + nold_unwind;
	ranges = calloc(nranges, sizeof(*ranges));
	if (!ranges) {
		ret = -ENOMEM;
		goto unmap;
	}
	for (size_t i = 0; i < img.nfuncs; i++) {
		const struct patch_func *f = &img.funcs[i];
		uint64_t len = f->old_size > ARCH_ENTRY_JUMP_SIZE ? f->old_size : ARCH_ENTRY_JUMP_SIZE;

		/* one that never returns is refused at once, not after the timeout */
		ranges[i] = (struct code_range){ f->old_addr, f->old_addr + len, f->name,
						 !!(f->flags & KPATCH_INFO_NORETURN) };
	}
	if (old) {
		size_t k = img.nfuncs;

		/* no thread may stay in the lower level's code: it goes away */
		ranges[k++] = (struct code_range){ old->hdr.region_start,
			old->hdr.region_start + old->hdr.region_size, "the lower level's code", 0 };
		for (uint32_t i = 0; i < old->hdr.nr_funcs; i++)
			ranges[k++] = (struct code_range){ old->funcs[i].old_addr,
				old->funcs[i].old_addr + old->funcs[i].len, old->names[i], 0 };
	}
	/* and none in the unwinder or the dynamic linker when it is called */
	memcpy(ranges + nranges - nunwind - nold_unwind, unwind_ranges, nunwind * sizeof(*ranges));
	memcpy(ranges + nranges - nold_unwind, old_unwind_ranges, nold_unwind * sizeof(*ranges));
	ret = patient_wait_until_safe(p, ranges, nranges, timeout_ms, &busy);
	if (!ret) {
		ret = switch_with_unwind(p, &img, old, &old_desc, old_has_unwind, nunwind != 0,
					 &keep_old);
		patient_resume_all(p);
	} else if (ret == -ERR_BUSY && never_left(ranges, nranges, busy)) {
		pr_warn("%s: a thread is inside '%s', which never returns (its code has no "
			"return path), so it can never be patched while it runs; nothing was "
			"changed\n", img.ctx, printable(busy));
	} else if (ret == -ERR_BUSY) {
		pr_warn("%s: a thread stayed inside '%s' for %u ms; nothing was changed\n", img.ctx,
			printable(busy ? busy : "?"), timeout_ms);
	}
	free(ranges);
	if (ret == -ERR_ROLLBACK)
		goto out;	/* entries may jump into the region: it stays */
	if (!ret) {
		pr_info("%s: %zu function(s) of %s redirected into 0x%llx-0x%llx\n", img.ctx, img.nfuncs,
			printable(obj->name), (unsigned long long)img.base, (unsigned long long)(img.base + img.size));
		out->hunks += img.nfuncs;
		perfmap_add(patient_pid(p), &img);
		if (old && !keep_old)
			region_unmap(p, img.ctx, old->hdr.region_start, old->hdr.region_size);
		out->stopped_ns = note_stop(p, img.ctx, img.base, stopped0);
		goto out;
	}
unmap:
	region_unmap(p, img.ctx, img.base, img.size);
out:
	image_free(&img);
	return ret;
}

/* process_matches() from the maps alone, the files known to the objects'
 * cache; -ENOENT when one is not. */
static int maps_match(pid_t pid, struct patch_file *const *pfs, size_t n)
{
	struct vma *vmas;
	size_t nvmas;
	int ret = patient_read_maps(pid, &vmas, &nvmas), found = 0;

	if (ret)
		return ret == -ENOENT ? -ESRCH : ret;
	for (size_t i = 0; i < n && !found && ret >= 0; i++) {
		ret = objects_cache_maps_build_id(vmas, nvmas, pfs[i]->hdr.build_id);
		found = ret > 0;
	}
	free(vmas);
	return ret < 0 ? ret : found;
}

int process_matches(pid_t pid, struct patch_file *const *pfs, size_t n)
{
	struct object_set set;
	int ret = maps_match(pid, pfs, n), found = 0;

	if (ret != -ENOENT)
		return ret;
	ret = objects_load(pid, &set);
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
					(int)pid, printable(patch_id(pfs[i])),
					printable(pfs[i]->hdr.build_id),
					printable(pfs[i]->hdr.object_name[0] ? pfs[i]->hdr.object_name
									      : "no name"));
				ret = -ERR_NO_OBJECT;
			}
			out[i].kind = OUTCOME_NOT_APPLICABLE;
			continue;
		}
		matched++;
		snprintf(out[i].object, sizeof(out[i].object), "%s", obj->name);
		ret = policy_check_applied(pid, pfs[i], applied, napplied, &skip, &old);
		if (!ret && skip)
			out[i].kind = OUTCOME_ALREADY;
		if (ret || skip)
			continue;
		ret = apply_one(p, &set, pfs[i], obj, applied, napplied, old, timeout_ms, &out[i]);
		if (ret)
			break;
		*hunks += out[i].hunks;
		out[i].kind = old ? OUTCOME_UPGRADED : OUTCOME_APPLIED;
		out[i].old_level = old ? old->hdr.patchlevel : 0;
		/* a later patch in the list may stack on this one */
		if (i + 1 == n)
			break;
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
	if (ret == -ESRCH)
		patient_report_gone(p);
	patient_close(p);
	return ret;
}

/* What unpatch_process_report() hands each removal to. */
struct removal_sink {
	void (*fn)(pid_t pid, const struct removal *r, void *arg);
	void *arg;
};

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static int unpatch_one(struct patient *p, struct applied_patch *ap, unsigned timeout_ms,
		       const struct removal_sink *sink, size_t *hunks)
{
	uint64_t stopped0 = patient_stopped_ns(p);
	struct removal r;
	struct code_range *ranges, unwind_ranges[2];
	struct unwind_desc desc;
	const char *busy = NULL;
	char ctx[128];
	size_t n = 0, nunwind = 0;
	int ret, has_unwind, keep = 0;

	snprintf(ctx, sizeof(ctx), "pid %d: patch %s", (int)patient_pid(p),
		 printable(ap->hdr.patch_id[0] ? ap->hdr.patch_id : "(no id)"));
	has_unwind = unwind_read(p, ap, &desc, unwind_ranges, &nunwind);
	if (has_unwind < 0)
		return has_unwind;
	ranges = calloc(2 * (size_t)ap->hdr.nr_funcs + 1 + nunwind, sizeof(*ranges));
	if (!ranges)
		return -ENOMEM;
	/* each new function first, so that a refusal names it; then the rest
	 * of the region */
	for (size_t i = 0; i < ap->hdr.nr_funcs; i++) {
		const struct record_func *f = &ap->funcs[i];

		if (f->new_addr >= ap->hdr.region_start && f->new_size &&
		    f->new_size <= ap->hdr.region_size &&
		    f->new_addr - ap->hdr.region_start <= ap->hdr.region_size - f->new_size)
			ranges[n++] = (struct code_range){ f->new_addr, f->new_addr + f->new_size,
							   ap->names[i], 0 };
	}
	ranges[n++] = (struct code_range){ ap->hdr.region_start,
					   ap->hdr.region_start + ap->hdr.region_size, "the patch's code", 0 };
	for (size_t i = 0; i < ap->hdr.nr_funcs; i++)
		ranges[n++] = (struct code_range){ ap->funcs[i].old_addr,
						   ap->funcs[i].old_addr + ap->funcs[i].len, ap->names[i], 0 };
	for (size_t i = 0; i < nunwind; i++)
		ranges[n++] = unwind_ranges[i];
	ret = patient_wait_until_safe(p, ranges, n, timeout_ms, &busy);
	if (!ret) {
		ret = restore_entries(p, ctx, ap);
		/* the unwinder lets go of the region before it goes */
		if (!ret && has_unwind && unwind_deregister(p, ctx, &desc)) {
			pr_notice("%s: the region stays mapped: its unwind information could not be deregistered\n",
				  ctx);
			keep = 1;
		}
		patient_resume_all(p);
	} else if (ret == -ERR_BUSY) {
		pr_warn("%s: a thread stayed in %s for %u ms; the patch stays\n", ctx,
			printable(busy ? busy : "the patch"), timeout_ms);
	}
	free(ranges);
	if (ret)
		return ret;
	if (!keep)
		region_unmap(p, ctx, ap->hdr.region_start, ap->hdr.region_size);
	pr_info("%s: %u function(s) of %s restored\n", ctx, ap->hdr.nr_funcs,
		printable(ap->hdr.object_name));
	*hunks += ap->nr_redirected;
	r = (struct removal){ base_name(ap->hdr.object_name), ap->hdr.patch_id, ap->hdr.patchlevel,
			      ap->nr_redirected, patient_stopped_ns(p) - stopped0 };
	if (sink->fn)
		sink->fn(patient_pid(p), &r, sink->arg);
	return 0;
}

/*
 * Takes the selected patches off, the topmost first: a patch another one
 * was applied over (on the same function) goes only once that one is off.
 * What cannot go is refused before the patient is stopped.
 */
int unpatch_process(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
		    unsigned timeout_ms, size_t *hunks)
{
	return unpatch_process_report(pid, patch_id, build_ids, n, timeout_ms, 0, NULL, NULL, hunks);
}

int unpatch_process_report(pid_t pid, const char *patch_id, char *const *build_ids, size_t n,
			   unsigned timeout_ms, int none_is_ok,
			   void (*removed)(pid_t pid, const struct removal *r, void *arg),
			   void *arg, size_t *hunks)
{
	const struct removal_sink sink = { removed, arg };
	const struct unpatch_selection sel = { patch_id, build_ids, n };
	struct applied_patch *applied = NULL;
	struct patient *p;
	size_t napplied = 0, matched = 0;
	char *gone = NULL;
	long next;
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
		matched += policy_selected(&applied[i], &sel);
	while (!ret) {
		/* the entries of the patches below change back as others go */
		for (size_t k = 0; k < napplied && !ret; k++)
			if (!gone[k])
				ret = record_refresh(p, &applied[k]);
		if (ret)
			break;
		next = policy_next_removal(pid, applied, napplied, gone, &sel);
		if (next < -1)
			ret = (int)next;
		if (next < 0)
			break;
		ret = unpatch_one(p, &applied[next], timeout_ms, &sink, hunks);
		gone[next] = 1;
	}
	if (!ret && !matched && !none_is_ok) {
		if (patch_id)
			pr_warn("pid %d: no patch with id %s is applied\n", (int)pid,
				printable(patch_id));
		else
			pr_warn("pid %d: no patch is applied%s\n", (int)pid,
				n ? " to the objects named" : "");
		ret = -ERR_NO_OBJECT;
	}
	free(gone);
	record_free(applied, napplied);
	if (ret == -ESRCH)
		patient_report_gone(p);
	patient_close(p);
	return ret;
}

int process_has_patches(pid_t pid, const char *patch_id, char *const *build_ids, size_t n)
{
	const struct unpatch_selection sel = { patch_id, build_ids, n };
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
		found = policy_selected(&applied[i], &sel);
	record_free(applied, napplied);
	patient_close(p);
	return ret ? ret : found;
}
