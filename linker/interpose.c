/*
 * Symbols of a shared ORIG that another object may interpose or copy: the
 * GOT slots ORIG's own code reaches them through, which the dynamic linker
 * fills with the definition the process really uses, the PLT entries that
 * jump through those slots, and the patch's relocations pointed at them.
 */
#include <errno.h>
#include <string.h>

#include "common/log.h"
#include "insn_rewrite.h"
#include "linker/relfixup.h"

/* Section I's bytes lie in the file. */
static int in_file(const struct elf_file *ef, unsigned i)
{
	const Elf64_Shdr *s = &ef->shdrs[i];

	return s->sh_type != SHT_NOBITS && s->sh_offset <= ef->size &&
	       s->sh_size <= ef->size - s->sh_offset;
}

/* The section holding link-time address ADDR is named NAME. */
static int addr_in_section(const struct elf_file *ef, uint64_t addr, const char *name)
{
	for (unsigned i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		if ((s->sh_flags & SHF_ALLOC) && addr >= s->sh_addr &&
		    addr - s->sh_addr < s->sh_size)
			return !strcmp(elf_section_name(ef, i), name);
	}
	return 0;
}

/* The section of type TYPE whose sh_link is LINK, or 0. */
static unsigned linked_section(const struct elf_file *ef, unsigned link, uint32_t type)
{
	for (unsigned i = 1; i < ef->shnum; i++)
		if (ef->shdrs[i].sh_type == type && ef->shdrs[i].sh_link == link && in_file(ef, i))
			return i;
	return 0;
}

/* Name of version index NDX in the version definitions VERDEF, or NULL. */
static const char *version_name(const struct elf_file *ef, unsigned verdef, unsigned ndx)
{
	const Elf64_Shdr *s = &ef->shdrs[verdef], *str;
	uint64_t off = 0;

	if (s->sh_link >= ef->shnum || !in_file(ef, s->sh_link))
		return NULL;
	str = &ef->shdrs[s->sh_link];
	while (off + sizeof(Elf64_Verdef) <= s->sh_size) {
		Elf64_Verdef vd;
		Elf64_Verdaux va;

		memcpy(&vd, ef->data + s->sh_offset + off, sizeof(vd));
		if (vd.vd_ndx == ndx && vd.vd_cnt && off + vd.vd_aux + sizeof(va) <= s->sh_size) {
			memcpy(&va, ef->data + s->sh_offset + off + vd.vd_aux, sizeof(va));
			if (va.vda_name >= str->sh_size ||
			    !memchr(ef->data + str->sh_offset + va.vda_name, '\0',
				    str->sh_size - va.vda_name))
				return NULL;
			return (const char *)ef->data + str->sh_offset + va.vda_name;
		}
		if (!vd.vd_next)
			break;
		off += vd.vd_next;
	}
	return NULL;
}

/*
 * Dynamic symbol K of DYNSYM carries the version NAME asks for: "f@@V" or
 * "f@V" version V as default or hidden one, a plain "f" the default one.
 */
static int version_matches(const struct elf_file *ef, unsigned dynsym, size_t k, const char *name)
{
	const char *at = strchr(name, '@'), *ver;
	/* .gnu.version is linked to .dynsym, .gnu.version_d to its strings */
	unsigned versym = linked_section(ef, dynsym, SHT_GNU_versym);
	unsigned verdef = linked_section(ef, ef->shdrs[dynsym].sh_link, SHT_GNU_verdef);
	Elf64_Half vs;
	int hidden;

	if (!versym || (k + 1) * sizeof(vs) > ef->shdrs[versym].sh_size)
		return !at;
	memcpy(&vs, ef->data + ef->shdrs[versym].sh_offset + k * sizeof(vs), sizeof(vs));
	hidden = !!(vs & 0x8000);
	if (!at)
		return !hidden;
	if (hidden != (at[1] != '@') || !verdef)
		return 0;
	ver = version_name(ef, verdef, vs & 0x7fff);
	return ver && !strcmp(ver, at + 1 + !hidden);
}

/* Dynamic symbol SI of DYNSYM is NAME, defined at VALUE, with default visibility. */
static int is_definition(const struct elf_file *ef, unsigned dynsym, size_t si, const char *name,
			 uint64_t value)
{
	const Elf64_Shdr *ds = &ef->shdrs[dynsym], *str;
	Elf64_Sym sym;
	const char *dname;
	size_t n = strcspn(name, "@");

	if (ds->sh_type != SHT_DYNSYM || ds->sh_link >= ef->shnum || !in_file(ef, ds->sh_link) ||
	    (si + 1) * sizeof(sym) > ds->sh_size)
		return 0;
	str = &ef->shdrs[ds->sh_link];
	memcpy(&sym, ef->data + ds->sh_offset + si * sizeof(sym), sizeof(sym));
	if (sym.st_shndx == SHN_UNDEF || sym.st_value != value || sym.st_name >= str->sh_size ||
	    ELF64_ST_VISIBILITY(sym.st_other) != STV_DEFAULT)
		return 0;
	dname = (const char *)ef->data + str->sh_offset + sym.st_name;
	if (strnlen(dname, str->sh_size - sym.st_name) != n || strncmp(dname, name, n))
		return 0;
	return version_matches(ef, dynsym, si, name);
}

int orig_symbol_slots(const struct elf_file *orig, const char *name, uint64_t value,
		      struct orig_slots *out)
{
	memset(out, 0, sizeof(*out));
	for (unsigned i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];
		const Elf64_Rela *r = (const Elf64_Rela *)(orig->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || !(s->sh_flags & SHF_ALLOC) || !in_file(orig, i) ||
		    s->sh_link >= orig->shnum)
			continue;
		for (size_t k = 0; k < s->sh_size / sizeof(*r); k++) {
			uint32_t type = ELF64_R_TYPE(r[k].r_info);
			size_t si = ELF64_R_SYM(r[k].r_info);

			if (!si || r[k].r_addend ||
			    (type != R_X86_64_GLOB_DAT && type != R_X86_64_JUMP_SLOT &&
			     type != R_X86_64_64) ||
			    !is_definition(orig, s->sh_link, si, name, value))
				continue;
			if (type == R_X86_64_JUMP_SLOT) {
				if (!out->jump_slot)
					out->jump_slot = r[k].r_offset;
			} else if (type == R_X86_64_GLOB_DAT || addr_in_section(orig, r[k].r_offset, ".got")) {
				if (!out->value_slot)
					out->value_slot = r[k].r_offset;
			}
		}
	}
	return out->value_slot || out->jump_slot ? 0 : -ENOENT;
}

int orig_plt_entry(const struct elf_file *orig, uint64_t slot, uint64_t *entry)
{
	if (!slot)
		return -ENOENT;
	for (unsigned i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];
		uint64_t step = s->sh_entsize >= 8 && s->sh_entsize <= 64 ? s->sh_entsize : 16;

		if (strncmp(elf_section_name(orig, i), ".plt", 4) || !(s->sh_flags & SHF_EXECINSTR) ||
		    !in_file(orig, i))
			continue;
		for (uint64_t off = 0; off + 6 <= s->sh_size; off += step) {
			const uint8_t *code = orig->data + s->sh_offset + off;
			size_t end;
			int32_t disp;

			if (arch_plt_entry_slot(code, s->sh_size - off < step ? s->sh_size - off : step,
						&end, &disp))
				continue;
			if (s->sh_addr + off + end + (int64_t)disp == slot) {
				*entry = s->sh_addr + off;
				return 0;
			}
		}
	}
	return -ENOENT;
}

/*
 * Whether ORIG symbol K may be interposed: a default-visibility global of a
 * shared library that ORIG's own code reaches through a GOT slot a dynamic
 * relocation fills (a program's COPY or its own definition lands there).
 * A symbol ORIG binds locally (hidden, protected, -Bsymbolic, a program's
 * own) has no such slot and keeps its direct address.
 */
void classify_interposition(struct fixup *fx, size_t k)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Sym *sym = &patched->syms[k];
	struct symbol_fix *f = &fx->fix[k];

	if (f->interpose != INTERPOSE_UNKNOWN)
		return;
	f->interpose = INTERPOSE_NO;
	if (f->tls || is_executable(fx->orig) || ELF64_ST_TYPE(sym->st_info) == STT_SECTION ||
	    ELF64_ST_BIND(sym->st_info) == STB_LOCAL ||
	    ELF64_ST_VISIBILITY(sym->st_other) != STV_DEFAULT)
		return;
	if (!orig_symbol_slots(fx->orig, elf_symbol_name(patched, k), f->value, &f->slots))
		f->interpose = INTERPOSE_YES;
}

/* R now reads ORIG's GOT slot SLOT for its symbol, PC-relatively. */
static int point_at_got_slot(struct fixup *fx, Elf64_Rela *r, uint64_t slot)
{
	size_t idx;
	int ret;

	ret = add_abs_symbol(fx, "__kpatch_got", display_name(fx->patched, ELF64_R_SYM(r->r_info)),
			     slot, STT_OBJECT, &idx);
	if (ret)
		return ret;
	r->r_info = ELF64_R_INFO(idx, R_X86_64_PC32);
	return 0;
}

/* One line for a reference to interposable symbol R that cannot go through ORIG's slot. */
static int interposable_refused(struct fixup *fx, unsigned sec, const Elf64_Rela *r,
				const char *but)
{
	pr_warn("%s: '%s' may be interposed: %s reaches it through a GOT slot, but %s in %s; not supported\n",
		fx->patched->path, display_name(fx->patched, ELF64_R_SYM(r->r_info)), fx->orig->path,
		but, elf_section_name(fx->patched, sec));
	return -EINVAL;
}

/*
 * A call or jump to an interposable function goes to ORIG's PLT entry, so
 * it reaches whatever the original's own calls reach.
 */
static int call_through_orig_plt(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct symbol_fix *f = &fx->fix[ELF64_R_SYM(r->r_info)];
	uint64_t entry;
	size_t idx;
	int ret;

	if (orig_plt_entry(fx->orig, f->slots.value_slot, &entry) &&
	    orig_plt_entry(fx->orig, f->slots.jump_slot, &entry))
		return interposable_refused(fx, sec, r, "has no PLT entry for the patch's call");
	ret = add_abs_symbol(fx, "__kpatch_plt", display_name(fx->patched, ELF64_R_SYM(r->r_info)),
			     entry, STT_FUNC, &idx);
	if (ret)
		return ret;
	r->r_info = ELF64_R_INFO(idx, R_X86_64_PC32);
	return 0;
}

/*
 * A reference to an interposable symbol of ORIG reaches it the way ORIG's
 * code does: a GOT load, call or jmp through ORIG's slot, a direct call
 * through ORIG's PLT entry, a lea of its address as a load of the slot.
 * An address fixed when the patch is built (R_X86_64_64 in data) cannot
 * follow the dynamic linker's choice and is refused.
 */
int reach_through_orig_slots(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct symbol_fix *f = &fx->fix[ELF64_R_SYM(r->r_info)];
	uint32_t type = ELF64_R_TYPE(r->r_info);
	struct rewrite_result res;
	unsigned char *code;
	size_t size, pos;

	if (type != R_X86_64_PC32 && type != R_X86_64_PLT32 && !is_gotpcrel(type))
		return interposable_refused(fx, sec, r, "the patch holds its address as a constant");
	if (reloc_place(fx, sec, r, &code, &size, &pos))
		return -EINVAL;
	if (type == R_X86_64_PLT32 || arch_is_direct_branch(code, size, pos)) {
		if (r->r_addend != -4)
			return interposable_refused(fx, sec, r, "the patch jumps inside it");
		return call_through_orig_plt(fx, sec, r);
	}
	if (!is_gotpcrel(type)) {
		/* of the direct forms only "lea x(%rip)" has one through the slot: a load */
		if (r->r_addend != -4 || arch_unrelax_got_load(code, size, pos, &res) ||
		    res.action != REWRITE_LEA_TO_MOV)
			return interposable_refused(fx, sec, r, "the patch refers to it directly");
	} else if (arch_keep_got_load(code, size, pos, &res)) {
		if (res.action == REWRITE_OUT_OF_RANGE)
			return rewrite_refused(fx, sec, r, &res, "");
		return interposable_refused(fx, sec, r, "the patch's instruction cannot read the slot");
	}
	if (res.action == REWRITE_GOT_CALL_KEPT || res.action == REWRITE_GOT_JMP_KEPT)
		return point_at_got_slot(fx, r, f->slots.value_slot ? f->slots.value_slot :
					 f->slots.jump_slot);
	/* a JUMP_SLOT holds the lazy resolver's stub until the first call */
	if (!f->slots.value_slot)
		return interposable_refused(fx, sec, r,
					    "only a lazily bound one (JUMP_SLOT), and the patch loads its address");
	return point_at_got_slot(fx, r, f->slots.value_slot);
}
