/*
 * The record at the start of a patch image, written locally before the
 * region exists in the patient: LOADING, with every entry jump computed and
 * the bytes it replaces saved, so that the switch only copies them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "arch.h"
#include "common/log.h"
#include "common/printable.h"
#include "doctor/errors.h"
#include "doctor/record_write.h"

#define PADDING_WINDOW	32

static struct record_header *image_record(struct patch_image *img)
{
	return (struct record_header *)img->buf;
}

struct record_func *image_record_funcs(const struct patch_image *img)
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
		img->ctx, printable(f->name), (unsigned long long)f->old_size, ARCH_ENTRY_JUMP_SIZE);
	return -ERR_UNSUPPORTED;
}

int record_fill(struct patient *p, struct patch_image *img, const struct object *obj)
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
				pr_warn("%s: bad patch file: '%s' is redirected twice\n", img->ctx,
					printable(f->name));
				return -ERR_BAD_PATCH;
			}
		rf[i].old_addr = f->old_addr;
		rf[i].old_size = f->old_size;
		rf[i].new_addr = f->new_addr;
		rf[i].new_size = f->new_size;
		rf[i].name_addr = f->name_addr;
		rf[i].len = ARCH_ENTRY_JUMP_SIZE;
		if (arch_entry_jump(f->old_addr, f->new_addr, rf[i].jump)) {
			pr_warn("%s: '%s' is out of jump reach of its new version\n", img->ctx,
				printable(f->name));
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

void record_inherit_saved(struct patch_image *img, const struct applied_patch *old)
{
	struct record_func *rf = image_record_funcs(img);

	for (size_t i = 0; old && i < img->nfuncs; i++)
		for (uint32_t k = 0; k < old->hdr.nr_funcs; k++)
			if (old->funcs[k].old_addr == rf[i].old_addr)
				memcpy(rf[i].saved, old->funcs[k].saved, rf[i].len);
}
