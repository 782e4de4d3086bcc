/*
 * The switch transaction.  It runs with every thread stopped, checks each
 * entry holds the bytes it expects before the first write, and undoes the
 * writes already made, in reverse, when one fails: the patient is then
 * exactly as before, its record included.  Should an undo write fail too,
 * the patient is half-changed, and says so with an error of its own.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/errors.h"
#include "doctor/record_write.h"
#include "doctor/switch.h"

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
	const struct record_func *rf = image_record_funcs(img);

	for (size_t i = 0; i < img->nfuncs; i++)
		if (rf[i].old_addr == addr)
			return 1;
	return 0;
}

/* Every entry holds what IMG (and OLD's jumps) expect; -ERR_BUSY if not. */
static int check_entries(struct patient *p, const struct patch_image *img,
			 const struct applied_patch *old)
{
	const struct record_func *rf = image_record_funcs(img);
	uint8_t now[8];
	int ret = 0;

	for (size_t i = 0; i < img->nfuncs && !ret; i++) {
		ret = patient_read(p, rf[i].old_addr, now, rf[i].len);
		if (!ret && memcmp(now, expected_entry(&rf[i], old), rf[i].len)) {
			pr_warn("%s: the entry of '%s' changed while the patch was prepared\n", img->ctx,
				printable(img->funcs[i].name));
			ret = -ERR_BUSY;
		}
	}
	for (uint32_t k = 0; old && k < old->hdr.nr_funcs && !ret; k++) {
		ret = patient_read(p, old->funcs[k].old_addr, now, old->funcs[k].len);
		if (!ret && memcmp(now, old->funcs[k].jump, old->funcs[k].len)) {
			pr_warn("%s: the entry of '%s' is no longer the jump of level %u\n", img->ctx,
				printable(old->names[k]), old->hdr.patchlevel);
			ret = -ERR_BUSY;
		}
	}
	return ret;
}

/*
 * The undo of a failed switch, write by write.  An undo write that fails
 * leaves the patient half-changed: the first one is remembered, the others
 * are still tried, and the whole is one loud error of its own.
 */
struct undo {
	struct patient *p;
	int ret;		/* the first undo write that failed, or 0 */
	uint64_t addr;		/* where */
	const char *what;	/* what it was putting back */
	unsigned failed;
};

static void undo_write(struct undo *u, uint64_t addr, const void *bytes, size_t len,
		       const char *what)
{
	int ret = patient_write(u->p, addr, bytes, len);

	if (!ret)
		return;
	if (!u->failed++) {
		u->ret = ret;
		u->addr = addr;
		u->what = what;
	}
}

static void undo_state(struct undo *u, uint64_t region, enum record_state state)
{
	int ret = record_set_state(u->p, region, state);

	if (!ret)
		return;
	if (!u->failed++) {
		u->ret = ret;
		u->addr = region + offsetof(struct record_header, state);
		u->what = "the state of the record";
	}
}

/* CAUSE when every undo write landed; else -ERR_ROLLBACK, said once. */
static int undo_result(const struct undo *u, const char *ctx, int cause)
{
	if (!u->failed)
		return cause;
	pr_warn("%s: rollback failed: putting back %s: %s (after %s)%s; the process may be "
		"half-patched at 0x%llx\n", ctx, u->what, libcare_strerror(u->ret),
		libcare_strerror(cause), u->failed > 1 ? ", and more" : "",
		(unsigned long long)u->addr);
	return -ERR_ROLLBACK;
}

int switch_entries(struct patient *p, struct patch_image *img, const struct applied_patch *old)
{
	struct record_func *rf = image_record_funcs(img);
	struct undo u = { .p = p };
	size_t done = 0, restored = 0;
	int ret;

	ret = check_entries(p, img, old);
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
	/* undo next to the do: put back what was written (a failed write
	 * counts as written: part of it may have landed) */
	if (old)
		undo_state(&u, old->hdr.region_start, old->hdr.state);
	while (restored--)
		if (!in_image_funcs(img, old->funcs[restored].old_addr))
			undo_write(&u, old->funcs[restored].old_addr, old->funcs[restored].jump,
				   old->funcs[restored].len, "a lower level's jump");
	while (done--)
		undo_write(&u, rf[done].old_addr, expected_entry(&rf[done], old), rf[done].len,
			   img->funcs[done].name);
	return undo_result(&u, img->ctx, ret);
}

int restore_entries(struct patient *p, const char *ctx, struct applied_patch *ap)
{
	struct undo u = { .p = p };
	size_t i, done;
	int ret;

	ret = record_refresh(p, ap);
	if (ret)
		return ret;
	for (i = 0; i < ap->hdr.nr_funcs; i++)
		if (ap->states[i] == FUNC_CHANGED) {
			pr_warn("%s: the entry of '%s' was changed by someone else; leaving the patch on\n",
				ctx, printable(ap->names[i]));
			return -ERR_BUSY;
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
			undo_write(&u, ap->funcs[done].old_addr, ap->funcs[done].jump,
				   ap->funcs[done].len, ap->names[done]);
	undo_state(&u, ap->hdr.region_start, ap->hdr.state);
	return undo_result(&u, ctx, ret);
}
