/*
 * Layout and relocation of a patch region.  The region is
 *
 *   [record][unwind descriptor][.kpatch code and read-only data][jump table]  r-x
 *   [.kpatch writable data, .kpatch.info, bss][GOT slots][unwinder object]  rw-
 *
 * (the unwind parts only when the patch carries .kpatch.eh_frame, unwind.h)
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
#include "common/printable.h"
#include "doctor/errors.h"
#include "doctor/record.h"
#include "doctor/relocate.h"
#include "doctor/symbols.h"
#include "doctor/unwind.h"

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

/* Link-time ADDR lies in a PT_LOAD segment of OBJ (its mapped range without its ELF). */
static int in_object(const struct object *obj, uint64_t addr)
{
	size_t phnum;

	if (!obj->elf.elf || elf_getphdrnum(obj->elf.elf, &phnum))
		return addr + obj->load_bias >= obj->start && addr + obj->load_bias < obj->end;
	for (size_t i = 0; i < phnum; i++) {
		GElf_Phdr ph;

		if (gelf_getphdr(obj->elf.elf, i, &ph) && ph.p_type == PT_LOAD &&
		    addr >= ph.p_vaddr && addr - ph.p_vaddr <= ph.p_memsz)
			return 1;
	}
	return 0;
}

/* Name of symbol K of OBJ's .dynsym, or NULL. */
static const char *dynsym_name(const struct object *obj, size_t k)
{
	return obj->dynstr ? elf_strptr(obj->elf.elf, obj->dynstr_shndx, obj->dynsym[k].st_name) :
			     NULL;
}

/*
 * kpatch_strip names a GOT slot or PLT entry of the target that the patch
 * goes through for an interposable symbol __kpatch_got.NAME or
 * __kpatch_plt.NAME: where the target has section headers, the address lies
 * in its .got (.got.plt) or .plt (.plt.sec, .plt.got) sections.
 */
static int slot_symbol_agrees(const struct object *obj, const struct patch_symbol *sym)
{
	const char *want = sym->name[9] == 'g' ? ".got" : ".plt";
	const struct elf_file *ef = &obj->elf;

	if (ef->shnum <= 1)
		return 1;
	for (unsigned i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		if ((s->sh_flags & SHF_ALLOC) && s->sh_type != SHT_NOBITS &&
		    sym->value >= s->sh_addr && sym->value - s->sh_addr < s->sh_size)
			return !strncmp(elf_section_name(ef, i), want, 4) &&
			       (want[1] != 'g' || s->sh_size - (sym->value - s->sh_addr) >= 8);
	}
	return 0;
}

/*
 * An absolute symbol is the target's own (kpatch_strip --rel-fixup gave it
 * ORIG's value): where the target still names it, the value is that of a
 * symbol or section of the same name, or a GOT slot or PLT entry.  1 when
 * it agrees or cannot be checked (a stripped object, the GOT slots of
 * thread-local variables).
 */
static int abs_symbol_agrees(const struct object *obj, const struct patch_symbol *sym)
{
	int named = 0;

	if (obj->elf.elf && (!strncmp(sym->name, "__kpatch_got.", 13) ||
			     !strncmp(sym->name, "__kpatch_plt.", 13)))
		return slot_symbol_agrees(obj, sym);
	if (!obj->elf.elf || !strncmp(sym->name, "__kpatch_", 9) || !sym->name[0])
		return 1;
	if (sym->name[0] == '.') {
		int i = elf_find_section(&obj->elf, sym->name);

		return i <= 0 || obj->elf.shdrs[i].sh_addr == sym->value;
	}
	for (size_t k = 1; k < obj->nsymtab; k++) {
		if (strcmp(elf_symbol_name(&obj->elf, k), sym->name))
			continue;
		if (obj->symtab[k].st_value == sym->value)
			return 1;
		named = 1;
	}
	for (size_t k = 1; k < obj->ndynsym; k++) {
		const char *name = dynsym_name(obj, k);

		if (!name || strcmp(name, sym->name))
			continue;
		if (obj->dynsym[k].st_value == sym->value)
			return 1;
		named = 1;
	}
	/* rel-fixup took every such name from ORIG's .symtab */
	return !named && !obj->nsymtab;
}

/*
 * Part of the proof of fit: what a relocation may point at is the patch
 * region, the target object, or a symbol another object resolves.
 */
static int outside(const struct patch_image *img, const char *name, const char *where)
{
	pr_warn("%s: symbol '%s' of the patch points outside %s; nothing was changed\n", img->ctx,
		name, where);
	return -ERR_MISMATCH;
}

static int resolve_symbol(struct patch_image *img, struct object_set *set, struct patient *p,
			  size_t k)
{
	const struct patch_symbol *sym = &img->pf->symbols[k];
	struct symbol_value *sv = &img->syms[k];
	const char *name = sym->name;
	struct resolved_symbol res;
	int ret;

	sv->type = sym->type;
	if (k == 0) {
		sv->where = SYM_ADDRESS;
		sv->value = 0;
		return 0;
	}
	if (sym->section == SHN_ABS) {
		if (sv->type == STT_GNU_IFUNC) {
			/* its value is the resolver: the patch would call that */
			pr_warn("%s: symbol '%s' is an IFUNC of %s at its resolver's address; the patch was made by a kpatch_strip that does not reach IFUNCs through the PLT, make it again\n",
				img->ctx, printable(name), img->target->name);
			return -ERR_BAD_PATCH;
		}
		if (sv->type == STT_TLS) {
			if (sym->value >= img->target->tls_size)
				return outside(img, name, "the thread-local block of the object");
			sv->where = SYM_TLS;
			sv->value = sym->value;
		} else {
			if (!in_object(img->target, sym->value))
				return outside(img, name, img->target->name);
			if (!abs_symbol_agrees(img->target, sym)) {
				pr_warn("%s: symbol '%s' of the patch is 0x%llx, not where %s has it; nothing was changed\n",
					img->ctx, name, (unsigned long long)sym->value,
					img->target->name);
				return -ERR_MISMATCH;
			}
			sv->where = SYM_ADDRESS;
			sv->value = sym->value + img->target->load_bias;
		}
		return 0;
	}
	/* the loader proved a defined symbol's section is a .kpatch one */
	if (sym->section != SHN_UNDEF) {
		if (sym->value > img->pf->sections[sym->section].size)
			return outside(img, name, "its section");
		sv->where = SYM_REGION;
		return 0;
	}
	ret = symbol_resolve(set, img->target, p, name, &res);
	if (ret == -ERR_NO_SYMBOL && sym->bind == STB_WEAK) {
		sv->where = SYM_ADDRESS;
		sv->value = 0;
		return 0;
	}
	if (ret == -ERR_UNSUPPORTED) {
		pr_warn("%s: symbol '%s' is an IFUNC that no loaded object imports, in a library the doctor cannot resolve it for\n", img->ctx, printable(name));
		return ret;
	}
	if (ret) {
		pr_warn("%s: no symbol '%s' in any loaded object\n", img->ctx, printable(name));
		return ret;
	}
	if (res.type == STT_TLS) {
		pr_warn("%s: symbol '%s' is thread-local in %s; not supported\n", img->ctx,
			printable(name), printable(res.obj->name));
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

static int unsupported(struct patch_image *img, unsigned sec, const struct patch_reloc *r,
		       const char *why)
{
	const struct patch_file *pf = img->pf;
	char name[32];

	snprintf(name, sizeof(name), "relocation type %u", r->type);
	pr_warn("%s: %s against '%s' at %s+0x%llx: %s\n", img->ctx,
		strcmp(arch_reloc_name(r->type), "unknown relocation type") ?
			arch_reloc_name(r->type) : name,
		printable(pf->symbols[r->symbol].name), printable(pf->sections[sec].name),
		(unsigned long long)r->offset, why);
	return -ERR_UNSUPPORTED;
}

/* Checks one relocation and notes what its symbol needs in the region. */
static int prepare_reloc(struct patch_image *img, struct object_set *set, struct patient *p,
			 unsigned sec, const struct patch_reloc *r, size_t *njumps, size_t *ngots)
{
	size_t k = r->symbol;
	enum reloc_kind kind = arch_reloc_kind(r->type);
	struct symbol_value *sv = &img->syms[k];
	int ret;

	/* the loader proved the place inside its section for every applied type */
	if (kind == RELOC_UNSUPPORTED)
		return unsupported(img, sec, r, "relocation type not supported");
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
	const struct patch_section *s = &img->pf->sections[i];

	*off = align_up(*off, s->align);
	img->sec_off[i] = *off;
	*off += s->size;
}

static void layout(struct patch_image *img, size_t njumps, size_t ngots)
{
	const struct patch_file *pf = img->pf;
	const struct patch_section *sections = pf->sections;
	uint64_t off = img->record_size, unwind = unwind_exec_room(pf);
	unsigned i;
	size_t k;

	img->unwind_off = unwind ? off : 0;
	off += unwind;
	for (i = 0; i < pf->nsections; i++)
		if (sections[i].is_kpatch && !(sections[i].flags & SHF_WRITE))
			place(img, &off, i);
	off = align_up(off, ARCH_JUMP_TABLE_ENTRY_SIZE);
	for (k = 0; k < pf->nsymbols; k++)
		if (img->syms[k].jump_off != NONE)
			img->syms[k].jump_off = off + img->syms[k].jump_off * ARCH_JUMP_TABLE_ENTRY_SIZE;
	off += njumps * ARCH_JUMP_TABLE_ENTRY_SIZE;
	img->exec_size = align_up(off, PAGE_SIZE_4K);

	off = img->exec_size;
	for (i = 0; i < pf->nsections; i++)
		if (sections[i].is_kpatch && (sections[i].flags & SHF_WRITE) &&
		    sections[i].type != SHT_NOBITS)
			place(img, &off, i);
	for (i = 0; i < pf->nsections; i++)
		if (sections[i].is_kpatch && (sections[i].flags & SHF_WRITE) &&
		    sections[i].type == SHT_NOBITS)
			place(img, &off, i);
	off = align_up(off, 8);
	for (k = 0; k < pf->nsymbols; k++)
		if (img->syms[k].got_off != NONE)
			img->syms[k].got_off = off + img->syms[k].got_off * 8;
	off += ngots * 8;
	if (unwind) {
		off = align_up(off, 16);
		img->unwind_object_off = off;
		off += UNWIND_OBJECT_SIZE;
	}
	img->size = align_up(off, PAGE_SIZE_4K);
}

int image_prepare(struct patch_image *img, const struct patch_file *pf, const struct object *target,
		  struct object_set *set, struct patient *p)
{
	size_t njumps = 0, ngots = 0, k;
	unsigned i;
	int ret;

	memset(img, 0, sizeof(*img));
	img->pf = pf;
	img->target = target;
	snprintf(img->ctx, sizeof(img->ctx), "pid %d: patch %s", (int)set->pid,
		 printable(patch_id(pf)));
	img->sec_off = malloc(pf->nsections * sizeof(*img->sec_off));
	img->syms = calloc(pf->nsymbols ? pf->nsymbols : 1, sizeof(*img->syms));
	if (!img->sec_off || !img->syms) {
		image_free(img);
		return -ENOMEM;
	}
	for (i = 0; i < pf->nsections; i++)
		img->sec_off[i] = NONE;
	for (k = 0; k < pf->nsymbols; k++)
		img->syms[k].jump_off = img->syms[k].got_off = NONE;
	img->nfuncs = pf->ninfo;
	img->record_size = record_size(img->nfuncs);
	for (i = 0; i < pf->nsections; i++) {
		for (k = 0; k < pf->sections[i].nrelocs; k++) {
			ret = prepare_reloc(img, set, p, i, &pf->sections[i].relocs[k], &njumps, &ngots);
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
		return img->base + img->sec_off[img->pf->symbols[k].section] +
		       img->pf->symbols[k].value;
	return sv->value;
}

static int apply_one(struct patch_image *img, unsigned sec, const struct patch_reloc *r)
{
	const struct symbol_value *sv = &img->syms[r->symbol];
	uint64_t place_off = img->sec_off[sec] + r->offset;
	struct reloc_values v = {
		.S = symbol_address(img, r->symbol),
		.A = r->addend,
		.P = img->base + place_off,
	};

	switch (arch_reloc_kind(r->type)) {
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
	if (arch_apply_reloc(r->type, img->buf + place_off, &v))
		return unsupported(img, sec, r, img->need_low ? "value out of range" :
				   "target out of reach from the patch region");
	return 0;
}

/* .kpatch.info, relocated, gives the functions to redirect. */
static int read_funcs(struct patch_image *img)
{
	const uint8_t *info = img->buf + img->sec_off[img->pf->info_section];
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
				img->ctx, printable(f->name), printable(img->target->name));
			return -ERR_BAD_PATCH;
		}
		f->old_addr = e.old_addr;
		f->old_size = e.old_size;
		f->new_addr = e.new_addr;
		f->new_size = e.new_size;
		f->name_addr = e.name;
		f->flags = e.flags;
	}
	return 0;
}

int image_relocate(struct patch_image *img, uint64_t base)
{
	const struct patch_file *pf = img->pf;
	unsigned i;
	size_t k;
	int ret;

	free(img->buf);
	free(img->funcs);
	img->funcs = NULL;
	img->base = base;
	img->buf = calloc(1, img->size);
	if (!img->buf)
		return -ENOMEM;
	for (i = 0; i < pf->nsections; i++)
		if (img->sec_off[i] != NONE && pf->sections[i].bytes)
			memcpy(img->buf + img->sec_off[i], pf->sections[i].bytes, pf->sections[i].size);
	for (k = 0; k < pf->nsymbols; k++) {
		const struct symbol_value *sv = &img->syms[k];

		if (sv->jump_off != NONE)
			arch_jump_table_entry(img->buf + sv->jump_off, sv->value);
		if (sv->got_off != NONE) {
			uint64_t addr = symbol_address(img, k);

			memcpy(img->buf + sv->got_off, &addr, sizeof(addr));
		}
	}
	for (i = 0; i < pf->nsections; i++)
		for (k = 0; k < pf->sections[i].nrelocs; k++) {
			ret = apply_one(img, i, &pf->sections[i].relocs[k]);
			if (ret)
				return ret;
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
