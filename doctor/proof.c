/*
 * The proof of fit (proof.h).  What is compared, for each .kpatch.info
 * entry and its .kpatch.digests entry:
 *  - the new function lies whole in an executable, non-writable .kpatch
 *    section, inside the r-x part of the region, where the digests say;
 *  - the old address is the link-time address the digests recorded plus
 *    the object's load bias, with the same size;
 *  - the old address is an STT_FUNC symbol's value in the target's .symtab
 *    or .dynsym; when the object has no .symtab (stripped) and .dynsym
 *    does not name it, the digest stands alone: kpatch_strip --rel-fixup
 *    proved it a function start in ORIG, and the bytes match ORIG's;
 *  - BLAKE2b-256 of the patient's old_size bytes there equals the digest,
 *    where the entry bytes that patches already applied replaced are taken
 *    from their records (the bytes they saved), so stacking and level
 *    upgrades compare with the original code too.
 * A forced version 1 file has no digests: only the first and third hold.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/sign.h"
#include "common/log.h"
#include "doctor/errors.h"
#include "doctor/proof.h"

#define NONE	UINT64_MAX

static int refuse(const struct patch_image *img, const char *func, const char *why)
{
	pr_warn("%s: '%s' in %s: %s; nothing was changed\n", img->ctx, func, img->target->name, why);
	return -ERR_MISMATCH;
}

/* The executable section the new version of F lies in; its index or -1. */
static int new_code_section(const struct patch_image *img, const struct patch_func *f,
			    uint64_t *offset)
{
	const struct patch_file *pf = img->pf;
	uint64_t at = f->new_addr - img->base;

	if (f->new_addr < img->base || at < img->record_size || at >= img->exec_size ||
	    !f->new_size || f->new_size > img->exec_size - at)
		return -1;
	for (unsigned i = 0; i < pf->nsections; i++) {
		const struct patch_section *s = &pf->sections[i];

		if (img->sec_off[i] == NONE || at < img->sec_off[i] ||
		    at - img->sec_off[i] >= s->size)
			continue;
		if (s->type != SHT_PROGBITS || !(s->flags & SHF_EXECINSTR) ||
		    (s->flags & SHF_WRITE) || f->new_size > s->size - (at - img->sec_off[i]))
			return -1;
		*offset = at - img->sec_off[i];
		return i;
	}
	return -1;
}

int proof_check_new_code(const struct patch_image *img)
{
	for (size_t i = 0; i < img->nfuncs; i++) {
		const struct patch_func *f = &img->funcs[i];
		const struct kpatch_func_digest *d = img->pf->digests ? &img->pf->digests[i] : NULL;
		uint64_t offset;

		if (new_code_section(img, f, &offset) < 0)
			return refuse(img, f->name, "its new version is not whole in the executable code of the patch");
		if (d && (d->new_offset != offset || d->new_size != f->new_size))
			return refuse(img, f->name, "its new version is not where the patch's digests put it");
	}
	return 0;
}

static int is_function_at(const Elf64_Sym *syms, size_t n, uint64_t addr)
{
	for (size_t k = 1; k < n; k++)
		if (syms[k].st_value == addr && syms[k].st_shndx != SHN_UNDEF &&
		    ELF64_ST_TYPE(syms[k].st_info) == STT_FUNC)
			return 1;
	return 0;
}

/* The first LEN bytes at F as they were before any applied patch's jump. */
static void original_entry(const struct patch_func *f, uint8_t *code, size_t len,
			   const struct applied_patch *applied, size_t napplied)
{
	/* each step goes one patch down; a chain is at most napplied long */
	for (size_t step = 0; step < napplied; step++) {
		int found = 0;

		for (size_t a = 0; a < napplied && !found; a++)
			for (uint32_t k = 0; k < applied[a].hdr.nr_funcs && !found; k++) {
				const struct record_func *rf = &applied[a].funcs[k];
				size_t n = rf->len < len ? rf->len : len;

				if (rf->old_addr != f->old_addr || rf->len > sizeof(rf->saved) ||
				    memcmp(code, rf->jump, n))
					continue;
				memcpy(code, rf->saved, n);
				found = 1;
			}
		if (!found)
			return;
	}
}

static int check_old_code(struct patient *p, const struct patch_image *img, size_t i,
			  const struct applied_patch *applied, size_t napplied)
{
	const struct patch_func *f = &img->funcs[i];
	const struct kpatch_func_digest *d = &img->pf->digests[i];
	const struct object *t = img->target;
	uint8_t sum[KPATCH_DIGEST_SIZE], *code;
	int ret;

	if (d->old_addr + t->load_bias != f->old_addr || d->old_size != f->old_size)
		return refuse(img, f->name, "the patch's .kpatch.info and digests disagree on where it is");
	if (f->old_size > t->end - f->old_addr)
		return refuse(img, f->name, "it does not fit in the object");
	code = malloc(f->old_size);
	if (!code)
		return -ENOMEM;
	ret = patient_read(p, f->old_addr, code, f->old_size);
	if (!ret) {
		original_entry(f, code, f->old_size, applied, napplied);
		kpatch_digest(code, f->old_size, sum);
		if (memcmp(sum, d->digest, sizeof(sum)))
			ret = refuse(img, f->name,
				     "the running code is not the code the patch was built against");
	}
	free(code);
	return ret;
}

int proof_check(struct patient *p, const struct patch_image *img,
		const struct applied_patch *applied, size_t napplied)
{
	const struct object *t = img->target;
	int ret = proof_check_new_code(img);

	if (!ret)
		ret = kpatch_crypto_init();
	for (size_t i = 0; i < img->nfuncs && !ret; i++) {
		const struct patch_func *f = &img->funcs[i];
		uint64_t link = f->old_addr - t->load_bias;

		if (!is_function_at(t->symtab, t->nsymtab, link) &&
		    !is_function_at(t->dynsym, t->ndynsym, link) &&
		    (t->symtab || !img->pf->digests))
			return refuse(img, f->name, "its address is not the start of a function");
		if (img->pf->digests)
			ret = check_old_code(p, img, i, applied, napplied);
	}
	return ret;
}
