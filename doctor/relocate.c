/*
 * Layout and relocation of a patch region.  The region is
 *
 *   [record][.kpatch code and read-only data][jump table]  r-x
 *   [.kpatch writable data, .kpatch.info, bss][GOT slots]  rw-
 *
 * Imported functions are called through the jump table, so a patch may call
 * into a library that is farther than 2 GiB; GOTPCREL references get an
 * 8-byte slot holding the symbol's address.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch.h"
#include "common/log.h"
#include "doctor/errors.h"
#include "doctor/record.h"
#include "doctor/relocate.h"
#include "doctor/symbols.h"

#define PAGE_SIZE_4K	4096ULL
#define NONE		UINT64_MAX

enum symbol_where {
	SYM_UNUSED,	/* no relocation names it */
	SYM_REGION,	/* defined in a .kpatch section: section offset + st_value */
	SYM_ADDRESS,	/* absolute address in the patient */
	SYM_TLS,	/* thread-pointer offset */
};

struct symbol_value {
	enum symbol_where where;
	uint64_t value;		/* SYM_ADDRESS: address; SYM_TLS: tp offset */
	unsigned char type;	/* STT_* of the definition */
	int imported;		/* resolved from another object's dynsym */
	uint64_t jump_off;	/* offset of its jump-table entry, or NONE */
	uint64_t got_off;	/* offset of its GOT slot, or NONE */
};

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

static const Elf64_Rela *relas(const struct patch_file *pf, unsigned i, size_t *n)
{
	*n = pf->shdrs[i].sh_size / sizeof(Elf64_Rela);
	return (const Elf64_Rela *)(pf->elf + pf->shdrs[i].sh_offset);
}

/* Relocation sections that apply to a laid-out .kpatch section. */
static int applies_to_kpatch(const struct patch_file *pf, unsigned i)
{
	return pf->shdrs[i].sh_type == SHT_RELA && patch_section_is_kpatch(pf, pf->shdrs[i].sh_info);
}

static int resolve_symbol(struct patch_image *img, struct object_set *set, struct patient *p,
			  size_t k)
{
	const struct patch_file *pf = img->pf;
	const Elf64_Sym *sym = &pf->syms[k];
	struct symbol_value *sv = &img->syms[k];
	const char *name = patch_symbol_name(pf, k);
	struct resolved_symbol res;
	int ret;

	sv->type = ELF64_ST_TYPE(sym->st_info);
	if (k == 0) {
		sv->where = SYM_ADDRESS;
		sv->value = 0;
		return 0;
	}
	if (sym->st_shndx == SHN_ABS) {
		if (sv->type == STT_TLS) {
			sv->where = SYM_TLS;
			sv->value = sym->st_value;
		} else {
			sv->where = SYM_ADDRESS;
			sv->value = sym->st_value + img->target->load_bias;
		}
		return 0;
	}
	if (sym->st_shndx != SHN_UNDEF) {
		if (!patch_section_is_kpatch(pf, sym->st_shndx)) {
			pr_warn("%s: bad patch file: symbol '%s' is defined in %s, which the patch does not carry\n",
				img->ctx, name, patch_section_name(pf, sym->st_shndx));
			return -ERR_BAD_PATCH;
		}
		sv->where = SYM_REGION;
		return 0;
	}
	ret = symbol_resolve(set, img->target, p, name, &res);
	if (ret == -ERR_NO_SYMBOL && ELF64_ST_BIND(sym->st_info) == STB_WEAK) {
		sv->where = SYM_ADDRESS;
		sv->value = 0;
		return 0;
	}
	if (ret == -ERR_UNSUPPORTED) {
		pr_warn("%s: symbol '%s' is an IFUNC that no loaded object imports, in a library the doctor cannot resolve it for\n", img->ctx, name);
		return ret;
	}
	if (ret) {
		pr_warn("%s: no symbol '%s' in any loaded object\n", img->ctx, name);
		return ret;
	}
	if (res.type == STT_TLS) {
		pr_warn("%s: symbol '%s' is thread-local in %s; not supported\n", img->ctx, name,
			res.obj->name);
		return -ERR_UNSUPPORTED;
	}
	pr_debug("%s: '%s' is 0x%llx in %s\n", img->ctx, name, (unsigned long long)res.addr,
		 res.obj->name);
	sv->where = SYM_ADDRESS;
	sv->value = res.addr;
	sv->type = res.type;
	sv->imported = 1;
	return 0;
}

/* A symbol's name for messages: section symbols have none of their own. */
static const char *display_name(const struct patch_file *pf, size_t k)
{
	const Elf64_Sym *sym = &pf->syms[k];

	if (ELF64_ST_TYPE(sym->st_info) == STT_SECTION && sym->st_shndx < pf->shnum)
		return patch_section_name(pf, sym->st_shndx);
	return patch_symbol_name(pf, k);
}

static int unsupported(struct patch_image *img, unsigned sec, const Elf64_Rela *r, const char *why)
{
	const struct patch_file *pf = img->pf;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	char name[32];

	snprintf(name, sizeof(name), "relocation type %u", type);
	pr_warn("%s: %s against '%s' at %s+0x%llx: %s\n", img->ctx,
		strcmp(arch_reloc_name(type), "unknown relocation type") ? arch_reloc_name(type) : name,
		display_name(pf, ELF64_R_SYM(r->r_info)), patch_section_name(pf, sec),
		(unsigned long long)r->r_offset, why);
	return -ERR_UNSUPPORTED;
}

/* Checks one relocation and notes what its symbol needs in the region. */
static int prepare_reloc(struct patch_image *img, struct object_set *set, struct patient *p,
			 unsigned sec, const Elf64_Rela *r, size_t *njumps, size_t *ngots)
{
	const struct patch_file *pf = img->pf;
	const Elf64_Shdr *target = &pf->shdrs[sec];
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t k = ELF64_R_SYM(r->r_info), size = arch_reloc_size(type);
	enum reloc_kind kind = arch_reloc_kind(type);
	struct symbol_value *sv = &img->syms[k];
	int ret;

	if (kind == RELOC_UNSUPPORTED)
		return unsupported(img, sec, r, "relocation type not supported");
	if (target->sh_type == SHT_NOBITS || r->r_offset > target->sh_size ||
	    size > target->sh_size - r->r_offset) {
		pr_warn("%s: bad patch file: relocation at %s+0x%llx lies outside the section\n",
			img->ctx, patch_section_name(pf, sec), (unsigned long long)r->r_offset);
		return -ERR_BAD_PATCH;
	}
	if (sv->where == SYM_UNUSED) {
		ret = resolve_symbol(img, set, p, k);
		if (ret)
			return ret;
	}
	if ((sv->where == SYM_TLS) != (kind == RELOC_TPOFF || kind == RELOC_DTPOFF))
		return unsupported(img, sec, r, "thread-local symbols need TPOFF32 or DTPOFF32 and vice versa");
	if (kind == RELOC_TPOFF && (!img->target->is_program || !img->target->tls_size))
		return unsupported(img, sec, r, "TLS is only supported in the main program");
	if (kind == RELOC_BRANCH && sv->imported && sv->type != STT_OBJECT &&
	    sv->jump_off == NONE)
		sv->jump_off = (*njumps)++;
	if (kind == RELOC_GOT && sv->got_off == NONE)
		sv->got_off = (*ngots)++;
	if (kind == RELOC_ABS32 && sv->where == SYM_REGION)
		img->need_low = 1;
	return 0;
}

static void place(struct patch_image *img, uint64_t *off, unsigned i)
{
	const Elf64_Shdr *s = &img->pf->shdrs[i];

	*off = align_up(*off, s->sh_addralign);
	img->sec_off[i] = *off;
	*off += s->sh_size;
}

static void layout(struct patch_image *img, size_t njumps, size_t ngots)
{
	const struct patch_file *pf = img->pf;
	uint64_t off = img->record_size;
	unsigned i;
	size_t k;

	for (i = 0; i < pf->shnum; i++)
		if (patch_section_is_kpatch(pf, i) && !(pf->shdrs[i].sh_flags & SHF_WRITE))
			place(img, &off, i);
	off = align_up(off, ARCH_JUMP_TABLE_ENTRY_SIZE);
	for (k = 0; k < pf->nsyms; k++)
		if (img->syms[k].jump_off != NONE)
			img->syms[k].jump_off = off + img->syms[k].jump_off * ARCH_JUMP_TABLE_ENTRY_SIZE;
	off += njumps * ARCH_JUMP_TABLE_ENTRY_SIZE;
	img->exec_size = align_up(off, PAGE_SIZE_4K);

	off = img->exec_size;
	for (i = 0; i < pf->shnum; i++)
		if (patch_section_is_kpatch(pf, i) && (pf->shdrs[i].sh_flags & SHF_WRITE) &&
		    pf->shdrs[i].sh_type != SHT_NOBITS)
			place(img, &off, i);
	for (i = 0; i < pf->shnum; i++)
		if (patch_section_is_kpatch(pf, i) && (pf->shdrs[i].sh_flags & SHF_WRITE) &&
		    pf->shdrs[i].sh_type == SHT_NOBITS)
			place(img, &off, i);
	off = align_up(off, 8);
	for (k = 0; k < pf->nsyms; k++)
		if (img->syms[k].got_off != NONE)
			img->syms[k].got_off = off + img->syms[k].got_off * 8;
	off += ngots * 8;
	img->size = align_up(off, PAGE_SIZE_4K);
}

int image_prepare(struct patch_image *img, const struct patch_file *pf, const struct object *target,
		  struct object_set *set, struct patient *p)
{
	size_t njumps = 0, ngots = 0, n, k;
	unsigned i;
	int ret;

	memset(img, 0, sizeof(*img));
	img->pf = pf;
	img->target = target;
	snprintf(img->ctx, sizeof(img->ctx), "pid %d: patch %s", (int)set->pid, patch_id(pf));
	img->sec_off = malloc(pf->shnum * sizeof(*img->sec_off));
	img->syms = calloc(pf->nsyms, sizeof(*img->syms));
	if (!img->sec_off || !img->syms) {
		image_free(img);
		return -ENOMEM;
	}
	for (i = 0; i < pf->shnum; i++)
		img->sec_off[i] = NONE;
	for (k = 0; k < pf->nsyms; k++)
		img->syms[k].jump_off = img->syms[k].got_off = NONE;
	img->nfuncs = pf->shdrs[pf->info_shndx].sh_size / sizeof(struct kpatch_info_entry);
	img->record_size = record_size(img->nfuncs);
	for (i = 0; i < pf->shnum; i++) {
		const Elf64_Rela *r;

		if (!applies_to_kpatch(pf, i))
			continue;
		r = relas(pf, i, &n);
		for (k = 0; k < n; k++) {
			ret = prepare_reloc(img, set, p, pf->shdrs[i].sh_info, &r[k], &njumps, &ngots);
			if (ret) {
				image_free(img);
				return ret;
			}
		}
	}
	layout(img, njumps, ngots);
	return 0;
}

static uint64_t symbol_address(const struct patch_image *img, size_t k)
{
	const struct symbol_value *sv = &img->syms[k];

	if (sv->where == SYM_REGION)
		return img->base + img->sec_off[img->pf->syms[k].st_shndx] + img->pf->syms[k].st_value;
	return sv->value;
}

static int apply_one(struct patch_image *img, unsigned sec, const Elf64_Rela *r)
{
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t k = ELF64_R_SYM(r->r_info);
	const struct symbol_value *sv = &img->syms[k];
	uint64_t place_off = img->sec_off[sec] + r->r_offset;
	struct reloc_values v = {
		.S = symbol_address(img, k),
		.A = r->r_addend,
		.P = img->base + place_off,
	};

	switch (arch_reloc_kind(type)) {
	case RELOC_BRANCH:
		if (sv->jump_off != NONE)
			v.S = img->base + sv->jump_off;
		break;
	case RELOC_GOT:
		v.G = img->base + sv->got_off;
		break;
	case RELOC_TPOFF:
		v.S = arch_exec_tpoff(sv->value, img->target->tls_size);
		break;
	default:
		break;
	}
	if (arch_apply_reloc(type, img->buf + place_off, &v))
		return unsupported(img, sec, r, img->need_low ? "value out of range" :
				   "target out of reach from the patch region");
	return 0;
}

/* .kpatch.info, relocated, gives the functions to redirect. */
static int read_funcs(struct patch_image *img)
{
	const uint8_t *info = img->buf + img->sec_off[img->pf->info_shndx];
	uint64_t end = img->base + img->size;

	img->funcs = calloc(img->nfuncs, sizeof(*img->funcs));
	if (!img->funcs)
		return -ENOMEM;
	for (size_t i = 0; i < img->nfuncs; i++) {
		struct kpatch_info_entry e;
		struct patch_func *f = &img->funcs[i];
		size_t len;

		memcpy(&e, info + i * sizeof(e), sizeof(e));
		if (e.name < img->base || e.name >= end ||
		    !memchr(img->buf + (e.name - img->base), '\0', end - e.name)) {
			pr_warn("%s: bad patch file: .kpatch.info entry %zu has no name\n", img->ctx, i);
			return -ERR_BAD_PATCH;
		}
		len = strnlen((const char *)img->buf + (e.name - img->base), sizeof(f->name) - 1);
		memcpy(f->name, img->buf + (e.name - img->base), len);
		f->name[len] = '\0';
		if (e.old_addr < img->target->start || e.old_addr >= img->target->end ||
		    e.new_addr < img->base || e.new_addr >= end || !e.old_size) {
			pr_warn("%s: bad patch file: .kpatch.info entry for '%s' does not point into %s and the patch\n",
				img->ctx, f->name, img->target->name);
			return -ERR_BAD_PATCH;
		}
		f->old_addr = e.old_addr;
		f->old_size = e.old_size;
		f->new_addr = e.new_addr;
		f->new_size = e.new_size;
		f->name_addr = e.name;
	}
	return 0;
}

int image_relocate(struct patch_image *img, uint64_t base)
{
	const struct patch_file *pf = img->pf;
	size_t n, k;
	unsigned i;
	int ret;

	free(img->buf);
	free(img->funcs);
	img->funcs = NULL;
	img->base = base;
	img->buf = calloc(1, img->size);
	if (!img->buf)
		return -ENOMEM;
	for (i = 0; i < pf->shnum; i++)
		if (img->sec_off[i] != NONE && pf->shdrs[i].sh_type != SHT_NOBITS)
			memcpy(img->buf + img->sec_off[i], pf->elf + pf->shdrs[i].sh_offset,
			       pf->shdrs[i].sh_size);
	for (k = 0; k < pf->nsyms; k++) {
		const struct symbol_value *sv = &img->syms[k];

		if (sv->jump_off != NONE)
			arch_jump_table_entry(img->buf + sv->jump_off, sv->value);
		if (sv->got_off != NONE) {
			uint64_t addr = symbol_address(img, k);

			memcpy(img->buf + sv->got_off, &addr, sizeof(addr));
		}
	}
	for (i = 0; i < pf->shnum; i++) {
		const Elf64_Rela *r;

		if (!applies_to_kpatch(pf, i))
			continue;
		r = relas(pf, i, &n);
		for (k = 0; k < n; k++) {
			ret = apply_one(img, pf->shdrs[i].sh_info, &r[k]);
			if (ret)
				return ret;
		}
	}
	return read_funcs(img);
}

void image_free(struct patch_image *img)
{
	free(img->sec_off);
	free(img->syms);
	free(img->buf);
	free(img->funcs);
	memset(img, 0, sizeof(*img));
}
