/*
 * Levels and stacking, decided on the records read from the patient before
 * it is stopped: what is refused here never stops it.  A patch is stacked
 * over another when its jump sits on an entry the other one redirected;
 * the topmost must come off first.
 */
#include <errno.h>
#include <string.h>

#include "common/log.h"
#include "common/printable.h"
#include "doctor/errors.h"
#include "doctor/policy.h"

const char *policy_id_of(const struct applied_patch *ap)
{
	return printable(ap->hdr.patch_id[0] ? ap->hdr.patch_id : "(no id)");
}

int policy_check_applied(pid_t pid, const struct patch_file *pf, const struct applied_patch *ap,
			 size_t n, int *skip, const struct applied_patch **old)
{
	*skip = 0;
	*old = NULL;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(ap[i].hdr.build_id, pf->hdr.build_id) ||
		    strcmp(ap[i].hdr.patch_id, pf->hdr.patch_id))
			continue;
		if (ap[i].nr_redirected != ap[i].hdr.nr_funcs) {
			pr_warn("pid %d: patch %s: %s carries it %s; unpatch it first\n", (int)pid,
				printable(patch_id(pf)), printable(ap[i].hdr.object_name),
				record_state_name(&ap[i]));
			return -EEXIST;
		}
		if (ap[i].hdr.patchlevel == pf->hdr.patchlevel) {
			pr_info("pid %d: patch %s is already applied to %s\n", (int)pid,
				printable(patch_id(pf)), printable(ap[i].hdr.object_name));
			*skip = 1;
			return 0;
		}
		if (ap[i].hdr.patchlevel > pf->hdr.patchlevel) {
			pr_warn("pid %d: patch %s: level %u is applied, newer than level %u\n", (int)pid,
				printable(patch_id(pf)), ap[i].hdr.patchlevel, pf->hdr.patchlevel);
			return -EEXIST;
		}
		*old = &ap[i];
	}
	return 0;
}

int policy_selected(const struct applied_patch *ap, const struct unpatch_selection *sel)
{
	if (sel->patch_id)
		return !strcmp(ap->hdr.patch_id, sel->patch_id);
	for (size_t i = 0; i < sel->n; i++)
		if (!strcmp(ap->hdr.build_id, sel->build_ids[i]))
			return 1;
	return sel->n == 0;
}

/*
 * The patch whose jump sits over an entry of AP, when AP's own jump is not
 * there any more: a patch stacked on top of it.  *FUNC names the entry
 * (also when nobody known sits there: someone else changed it).
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

long policy_next_removal(pid_t pid, const struct applied_patch *all, size_t n, const char *gone,
			 const struct unpatch_selection *sel)
{
	long first_left = -1;

	for (size_t i = 0; i < n; i++) {
		const char *func = NULL;

		if (gone[i] || !policy_selected(&all[i], sel))
			continue;
		if (!stacked_over(&all[i], all, n, &func) && !func)
			return (long)i;
		if (first_left < 0)
			first_left = (long)i;
	}
	if (first_left >= 0) {
		const struct applied_patch *ap = &all[first_left], *top;
		const char *func = NULL;

		top = stacked_over(ap, all, n, &func);
		if (top)
			pr_warn("pid %d: patch %s: patch %s is applied over it on '%s'; unpatch %s first\n",
				(int)pid, policy_id_of(ap), policy_id_of(top), printable(func),
				policy_id_of(top));
		else
			pr_warn("%s: the entry of '%s' was changed by someone else; leaving the patch on\n",
				policy_id_of(ap), printable(func ? func : "?"));
		return -ERR_STACKED;
	}
	return -1;
}
