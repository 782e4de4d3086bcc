/*
 * Registering the patch's .kpatch.eh_frame with the patient's unwinder;
 * see unwind.h.  libgcc keeps a list of registered objects behind a lock:
 * a call made while a stopped thread holds that lock (inside libgcc_s) or
 * the dynamic linker's (a lazy binding on the way) would never return, so
 * both objects' code is among the ranges no thread may be in at the stop.
 * The "registered" word is written by the call's own stub after the
 * function returns, so it is true exactly when the unwinder holds the
 * object, even if the doctor dies: deregistering an object libgcc does not
 * hold aborts the process.
 */
#include <errno.h>
#include <string.h>

#include "common/log.h"
#include "doctor/patient_call.h"
#include "doctor/symbols.h"
#include "doctor/unwind.h"

#define KPATCH_EH_FRAME	".kpatch.eh_frame"

unsigned unwind_section(const struct patch_file *pf)
{
	for (unsigned i = 1; i < pf->nsections; i++)
		if (pf->sections[i].is_kpatch && !strcmp(pf->sections[i].name, KPATCH_EH_FRAME) &&
		    pf->sections[i].size >= 4)
			return i;
	return 0;
}

size_t unwind_exec_room(const struct patch_file *pf)
{
	return unwind_section(pf) ? UNWIND_DESC_ROOM + REMOTE_CALL_STUB_ROOM : 0;
}

static void add_range(struct code_range *ranges, size_t *n, uint64_t start, uint64_t end,
		      const char *name)
{
	if (start < end)
		ranges[(*n)++] = (struct code_range){ start, end, name, 0 };
}

static void desc_ranges(const struct unwind_desc *d, struct code_range *ranges, size_t *n)
{
	*n = 0;
	add_range(ranges, n, d->unwinder_start, d->unwinder_end, "the unwinder (libgcc)");
	add_range(ranges, n, d->ld_start, d->ld_end, "the dynamic linker");
}

/* The unwinder the process uses: libgcc's registration functions, both
 * from one object. */
static void find_unwinder(struct object_set *set, const struct object *target, struct patient *p,
			  struct unwind_desc *d)
{
	struct resolved_symbol reg, dereg;

	if (symbol_resolve(set, target, p, "__register_frame_info", &reg) ||
	    symbol_resolve(set, target, p, "__deregister_frame_info", &dereg) ||
	    reg.obj != dereg.obj || reg.type != STT_FUNC || dereg.type != STT_FUNC)
		return;
	d->register_fn = reg.addr;
	d->deregister_fn = dereg.addr;
	d->unwinder_start = reg.obj->start;
	d->unwinder_end = reg.obj->end;
	for (size_t i = 0; i < set->n; i++)
		if (!strncmp(set->objs[i].name, "ld-", 3)) {
			d->ld_start = set->objs[i].start;
			d->ld_end = set->objs[i].end;
		}
}

void unwind_fill(struct patch_image *img, struct object_set *set, struct patient *p,
		 struct code_range *ranges, size_t *nranges)
{
	unsigned sec = unwind_section(img->pf);
	struct unwind_desc d;

	*nranges = 0;
	if (!sec || !img->unwind_off)
		return;
	memset(&d, 0, sizeof(d));
	memcpy(d.magic, UNWIND_MAGIC, sizeof(d.magic));
	d.eh_frame = img->base + img->sec_off[sec];
	d.object = img->base + img->unwind_object_off;
	d.stub = img->base + img->unwind_off + UNWIND_DESC_ROOM;
	find_unwinder(set, img->target, p, &d);
	memcpy(img->buf + img->unwind_off, &d, sizeof(d));
	if (d.register_fn)
		desc_ranges(&d, ranges, nranges);
	else
		pr_info("%s: no unwinder (libgcc_s) in the process: the patch's unwind information is not registered\n",
			img->ctx);
}

static int call(struct patient *p, const struct unwind_desc *d, uint64_t func, uint64_t arg1,
		int32_t flag, uint64_t *result)
{
	const struct remote_call rc = { d->stub, func, d->eh_frame, arg1,
					d->object + UNWIND_FLAG_OFFSET, flag };

	return patient_remote_call(p, &rc, result);
}

int unwind_register(struct patient *p, const struct patch_image *img)
{
	struct unwind_desc d;
	uint64_t result;
	int ret;

	if (!img->unwind_off)
		return 0;
	memcpy(&d, img->buf + img->unwind_off, sizeof(d));
	if (!d.register_fn)
		return 0;
	ret = call(p, &d, d.register_fn, d.object, 1, &result);
	if (!ret)
		pr_info("%s: unwind information at 0x%llx registered\n", img->ctx,
			(unsigned long long)d.eh_frame);
	return ret;
}

static int inside(const struct applied_patch *ap, uint64_t addr, uint64_t len)
{
	uint64_t start = ap->hdr.region_start, size = ap->hdr.region_size;

	return addr >= start && len <= size && addr - start <= size - len;
}

int unwind_read(struct patient *p, const struct applied_patch *ap, struct unwind_desc *desc,
		struct code_range *ranges, size_t *nranges)
{
	uint64_t at = ap->hdr.region_start + record_size(ap->hdr.nr_funcs);
	int ret;

	*nranges = 0;
	if (!inside(ap, at, sizeof(*desc)))
		return 0;
	ret = patient_read(p, at, desc, sizeof(*desc));
	if (ret)
		return ret;
	if (memcmp(desc->magic, UNWIND_MAGIC, sizeof(desc->magic)) || !desc->deregister_fn ||
	    !inside(ap, desc->eh_frame, 4) || !inside(ap, desc->object, UNWIND_OBJECT_SIZE) ||
	    !inside(ap, desc->stub, REMOTE_CALL_STUB_ROOM))
		return 0;
	desc_ranges(desc, ranges, nranges);
	return 1;
}

int unwind_is_registered(struct patient *p, const struct unwind_desc *desc)
{
	uint64_t flag = 0;
	int ret = patient_read(p, desc->object + UNWIND_FLAG_OFFSET, &flag, sizeof(flag));

	return ret ? ret : flag == 1;
}

int unwind_deregister(struct patient *p, const char *ctx, const struct unwind_desc *desc)
{
	uint64_t result;
	int ret = unwind_is_registered(p, desc);

	/* read at the stop: a killed doctor's call may have finished since */
	if (ret <= 0)
		return ret;
	ret = call(p, desc, desc->deregister_fn, 0, 0, &result);

	if (!ret)
		pr_info("%s: unwind information at 0x%llx deregistered\n", ctx,
			(unsigned long long)desc->eh_frame);
	return ret;
}

int unwind_deregister_image(struct patient *p, const struct patch_image *img)
{
	struct unwind_desc d;

	memcpy(&d, img->buf + img->unwind_off, sizeof(d));
	return unwind_deregister(p, img->ctx, &d);
}
