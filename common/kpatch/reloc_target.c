/*
 * Where a relocation of the patch makes the code point, against what its
 * symbol is: a function's start, inside a sized object or a section of the
 * patch, a GOT slot read whole, with the instruction's immediate and
 * access width from common/arch.  See reloc_target.h.
 */
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "common/arch/x86_64/reloc.h"
#include "common/kpatch/reloc_target.h"

/* An ORIG section of code, named by an absolute symbol kpatch_strip made. */
static int is_code_section_name(const char *name)
{
	return !strcmp(name, ".text") || !strncmp(name, ".text.", 6) || !strcmp(name, ".init") ||
	       !strcmp(name, ".fini") || !strncmp(name, ".plt", 4);
}

/*
 * What an instruction does with its operand must suit what the symbol is:
 * calls and jumps go to code, data is read from data, a GOT slot is read
 * whole, and the patch's code never refers to its own metadata.
 */
static const char *access_problem(const struct patch_file *pf, const struct patch_symbol *sym,
				  const struct reloc_target *t)
{
	int in_patch = sym->section != SHN_ABS && sym->section != SHN_UNDEF;
	const struct patch_section *home = in_patch ? &pf->sections[sym->section] : NULL;
	int is_code = sym->type == STT_FUNC || sym->type == STT_GNU_IFUNC ||
		      (home && (home->flags & SHF_EXECINSTR)) ||
		      (!in_patch && sym->type == STT_NOTYPE && is_code_section_name(sym->name));

	if (home && (!strcmp(home->name, ".kpatch.info") || !strcmp(home->name, ".kpatch.strtab")))
		return "the code refers to the patch's own metadata,";
	if (t->got)
		return t->width == 8 ? NULL : "a GOT slot is not read whole by the instruction for";
	if (t->branch && !t->width && (sym->type == STT_OBJECT || sym->type == STT_TLS ||
				       (home && !(home->flags & SHF_EXECINSTR))))
		return "a call or jump into data,";
	if (t->width && !t->branch && is_code)
		return "a data access into code,";
	return NULL;
}

/*
 * Part of the proof of fit: a relocation against a symbol whose extent is
 * known (a function, a sized object, a section of the patch) makes the
 * code point inside it.  A call or a function's address reaches its start;
 * a data operand lies whole inside the object, by the instruction's own
 * immediate and width where the form is known.
 */
int reloc_target_problem(const struct patch_file *pf, const struct patch_section *sec,
			 const struct patch_reloc *r, char *why, size_t size)
{
	const struct patch_symbol *sym = &pf->symbols[r->symbol];
	struct reloc_target t;
	int64_t lo, hi, extent;

	if (!arch_reloc_size(r->type))
		return 0;
	arch_reloc_target(r->type, sec->bytes, sec->bytes ? sec->size : 0, r->offset, &t);
	/* in code, a displacement is relocated PC-relatively, an imm64 only absolutely */
	if ((sec->flags & SHF_EXECINSTR) && ((t.rip_operand && !t.pc_relative) ||
					     (arch_reloc_size(r->type) == 8 && !t.movabs))) {
		snprintf(why, size, "relocation at %s+0x%llx does not suit its instruction",
			 sec->name, (unsigned long long)r->offset);
		return -1;
	}
	/* in code, a PC-relative field is the displacement of an instruction GCC emits */
	if (t.pc_relative && (sec->flags & SHF_EXECINSTR) && !t.known) {
		snprintf(why, size, "relocation at %s+0x%llx is not the operand of an instruction",
			 sec->name, (unsigned long long)r->offset);
		return -1;
	}
	if (!r->symbol)
		return 0;
	if (t.known && access_problem(pf, sym, &t)) {
		snprintf(why, size, "relocation at %s+0x%llx: %s '%s'", sec->name,
			 (unsigned long long)r->offset, access_problem(pf, sym, &t), sym->name);
		return -1;
	}
	if (sym->type == STT_SECTION && sym->section != SHN_ABS && sym->section != SHN_UNDEF)
		extent = pf->sections[sym->section].size;
	else if ((sym->type == STT_FUNC || sym->type == STT_GNU_IFUNC) && sym->section != SHN_UNDEF)
		extent = 0;	/* its start only */
	else if ((sym->type == STT_OBJECT || sym->type == STT_TLS) && sym->size &&
		 sym->section != SHN_UNDEF)
		extent = sym->size;
	else if (t.got || (t.pc_relative && sym->section == SHN_UNDEF))
		extent = 0;	/* the slot, the jump-table entry or the import itself */
	else
		return 0;
	if (sym->size > (uint64_t)INT64_MAX / 2 || r->addend < INT32_MIN || r->addend > INT32_MAX)
		goto outside;
	/* the offset from S the code refers to, at least and at most */
	lo = hi = r->addend;
	if (t.pc_relative && !(sec->flags & SHF_EXECINSTR)) {
		/*
		 * In data, a switch's jump table entry ".long .Lcase - .Ltable":
		 * it reaches S+A less its distance from the table's start, which
		 * is at most its offset in the section.
		 */
		lo = r->addend - (int64_t)r->offset;
		hi = r->addend;
	} else if (t.pc_relative && t.known) {
		lo = hi = r->addend + 4 + t.after;
	} else if (t.pc_relative) {
		lo = r->addend + 4;
		hi = r->addend + 8;
	}
	if (t.got || sym->section == SHN_UNDEF || extent == 0) {
		/* exactly the start: a call, a slot, an address */
		if (lo <= 0 && hi >= 0)
			return 0;
		goto outside;
	}
	if (t.known && t.width && hi + (int64_t)t.width <= extent && lo >= 0)
		return 0;
	if ((!t.known || !t.width) && hi >= 0 && lo <= extent)
		return 0;
outside:
	snprintf(why, size, "relocation at %s+0x%llx points outside '%s' (addend %lld)", sec->name,
		 (unsigned long long)r->offset, sym->name, (long long)r->addend);
	return -1;
}

