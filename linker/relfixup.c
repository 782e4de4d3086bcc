/*
 * kpatch_strip --rel-fixup ORIG PATCHED: make the patch's relocations mean
 * the same thing in the patient as they did in the patched binary.
 *
 * A relocation from a .kpatch section names either the patch itself (left
 * alone), an imported symbol (resolved by the doctor; PLT32 becomes PC32
 * because calls go through the doctor's jump table), or something of the
 * original object.  The last kind is rewritten to an absolute symbol holding
 * ORIG's link-time address, e.g. for the walkthrough's .kpatch.info:
 *
 *   before:  R_X86_64_64  .text + ed      symbol: SECTION .text (ndx 16)
 *   after:   R_X86_64_64  .text + ed      symbol: SECTION ABS 0x1060
 *
 * GOT references to the original object become PC-relative, since the
 * patch is placed within 2 GiB of it: "mov x@GOTPCREL(%rip), %reg" is
 * turned into "lea x(%rip), %reg" unless the linker already did so.
 *
 * Not so for a symbol a shared ORIG may see interposed: a default-visibility
 * global its own code reaches through a GOT slot that a dynamic relocation
 * fills (a program's copy of the variable, its own definition of the
 * function land there).  The patch goes through the same slot: the GOT
 * load stays one and reads ORIG's slot, a call goes to ORIG's PLT entry,
 * both as PC32 to an absolute symbol (__kpatch_got.NAME, __kpatch_plt.NAME;
 * interpose.c finds them and rewrites those relocations).
 *
 * Thread-local variables are reached the way the original reaches them:
 * an executable's own variable by its fixed thread-pointer offset
 * (TPOFF32, and GOTTPOFF the linker already relaxed to an immediate), any
 * other through the GOT entry of ORIG that the dynamic linker filled for
 * it: "mov x@gottpoff(%rip), %reg" reads ORIG's TPOFF64 slot and
 * "lea x@tlsgd(%rip), %rdi; call __tls_get_addr" passes ORIG's
 * DTPMOD64/DTPOFF64 pair, both as PC32 to an absolute symbol added for
 * the slot.  A variable ORIG has no such entry for is refused by name.
 *
 * This file fixes each relocation and assembles the output; symmap.c says
 * what each symbol stands for in ORIG, tls_slots.c finds ORIG's TLS GOT
 * slots, interpose.c its slots and PLT entries for interposable symbols,
 * and the instruction bytes change through common/arch.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "insn_rewrite.h"
#include "linker/relfixup.h"
#include "reloc_types.h"

static const char *reloc_name(uint32_t type)
{
	const struct reloc_type_info *t = arch_reloc_type(type);
	static char unknown[32];

	if (t)
		return t->name;
	snprintf(unknown, sizeof(unknown), "relocation type %u", type);
	return unknown;
}

int is_gotpcrel(uint32_t type)
{
	return type == R_X86_64_GOTPCREL || type == R_X86_64_GOTPCRELX ||
	       type == R_X86_64_REX_GOTPCRELX;
}

/*
 * A program, not a library: ET_EXEC, a PIE (DF_1_PIE), or an ET_DYN with
 * an interpreter and no DT_SONAME.  glibc's libc.so.6 has an interpreter
 * (it prints its version when run) and a soname: a library, whose
 * symbols programs interpose and copy.
 */
int is_executable(const struct elf_file *ef)
{
	int soname = 0;

	if (ef->ehdr->e_type == ET_EXEC)
		return 1;
	for (unsigned i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];
		const Elf64_Dyn *d = (const Elf64_Dyn *)(ef->data + s->sh_offset);

		if (s->sh_type != SHT_DYNAMIC || s->sh_offset > ef->size ||
		    s->sh_size > ef->size - s->sh_offset)
			continue;
		for (size_t k = 0; k < s->sh_size / sizeof(*d) && d[k].d_tag != DT_NULL; k++) {
			if (d[k].d_tag == DT_FLAGS_1 && (d[k].d_un.d_val & DF_1_PIE))
				return 1;
			if (d[k].d_tag == DT_SONAME)
				soname = 1;
		}
	}
	return !soname && elf_find_section(ef, ".interp") > 0;
}

/* Section SEC's bytes and R's place in them; -EINVAL when it has none. */
int reloc_place(struct fixup *fx, unsigned sec, const Elf64_Rela *r, unsigned char **code,
		size_t *size, size_t *pos)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Shdr *target = &patched->shdrs[sec];

	if (target->sh_type == SHT_NOBITS || r->r_offset < target->sh_addr ||
	    r->r_offset - target->sh_addr > target->sh_size) {
		pr_warn("%s: %s against '%s' at 0x%llx lies outside %s\n", patched->path,
			reloc_name(ELF64_R_TYPE(r->r_info)),
			display_name(patched, ELF64_R_SYM(r->r_info)),
			(unsigned long long)r->r_offset, elf_section_name(patched, sec));
		return -EINVAL;
	}
	*code = patched->data + target->sh_offset;
	*size = target->sh_size;
	*pos = r->r_offset - target->sh_addr;
	return 0;
}

/* The message for a rewrite that found no place or bytes it knows. */
int rewrite_refused(struct fixup *fx, unsigned sec, const Elf64_Rela *r,
		    const struct rewrite_result *res, const char *into)
{
	const struct elf_file *patched = fx->patched;
	size_t k = ELF64_R_SYM(r->r_info);

	if (res->action == REWRITE_OUT_OF_RANGE)
		pr_warn("%s: %s against '%s' at 0x%llx lies outside %s\n", patched->path,
			reloc_name(ELF64_R_TYPE(r->r_info)), display_name(patched, k),
			(unsigned long long)r->r_offset, elf_section_name(patched, sec));
	else
		pr_warn("%s: %s against '%s' at %s+0x%llx: instruction 0x%02x 0x%02x cannot be turned into %s\n",
			patched->path, reloc_name(ELF64_R_TYPE(r->r_info)), display_name(patched, k),
			elf_section_name(patched, sec),
			(unsigned long long)(r->r_offset - patched->shdrs[sec].sh_addr),
			res->insn[0], res->insn[1], into);
	return -EINVAL;
}

/*
 * Turns a GOT load of a symbol of the original object into a direct
 * PC-relative reference (or, where the linker made it an immediate, an
 * absolute one, which only a non-PIE executable allows).
 */
static int relax_got_reference(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	size_t k = ELF64_R_SYM(r->r_info), size, pos;
	struct rewrite_result res;
	unsigned char *code;

	if (reloc_place(fx, sec, r, &code, &size, &pos))
		return -EINVAL;
	if (arch_relax_got_load(code, size, pos, &res))
		return rewrite_refused(fx, sec, r, &res, "a direct reference");
	if (res.action == REWRITE_IMMEDIATE && fx->orig->ehdr->e_type != ET_EXEC) {
		pr_warn("%s: '%s' is used as an absolute 32-bit address at %s+0x%llx, but %s is position-independent\n",
			patched->path, display_name(patched, k), elf_section_name(patched, sec),
			(unsigned long long)pos, fx->orig->path);
		return -EINVAL;
	}
	r->r_offset += res.offset_delta;
	r->r_info = ELF64_R_INFO(k, res.type);
	return 0;
}

/*
 * A reference to a variable copied into the patched binary only must reach
 * the library's own copy, through a GOT slot of the doctor: the linker's
 * "lea x(%rip)" goes back to "mov x@GOTPCREL(%rip)".
 */
static int unrelax_copy_reference(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	const char *name = display_name(patched, ELF64_R_SYM(r->r_info));
	struct rewrite_result res;
	unsigned char *code;
	size_t size, pos;

	if (!is_gotpcrel(ELF64_R_TYPE(r->r_info))) {
		pr_warn("%s: '%s' is a shared library's variable that %s does not copy, and the patch reaches it directly in %s; merge again with 'kpatch_gensrc --force-gotpcrel -i ORIG.s -i PATCHED.s -o MERGED.s' (your command plus --force-gotpcrel), link MERGED.s and run kpatch_strip again\n",
			patched->path, name, fx->orig->path, elf_section_name(patched, sec));
		return -EINVAL;
	}
	if (reloc_place(fx, sec, r, &code, &size, &pos))
		return -EINVAL;
	if (arch_unrelax_got_load(code, size, pos, &res))
		return rewrite_refused(fx, sec, r, &res, "a GOT load again");
	return 0;
}

/*
 * R (GOTTPOFF, TLSGD or TLSLD) against variable K becomes a PC32 to ORIG's
 * GOT entry of dynamic relocation type SLOT_TYPE for it.
 */
static int point_at_orig_slot(struct fixup *fx, unsigned sec, Elf64_Rela *r, uint32_t slot_type)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t k = ELF64_R_SYM(r->r_info), idx;
	const char *var = display_name(patched, k);
	struct symbol_fix *f = &fx->fix[k];
	int ld = type == R_X86_64_TLSLD, ret;
	uint64_t slot;

	ret = orig_tls_slot(fx->orig, slot_type, ld || f->class != SYM_IMPORT ? NULL : var,
			    ld || f->class == SYM_ORIG, ld ? 0 : f->value, &slot);
	if (ret == -ENOENT && !ld && f->class == SYM_ORIG &&
	    ELF64_ST_BIND(patched->syms[k].st_info) != STB_LOCAL)
		ret = orig_tls_slot(fx->orig, slot_type, var, 0, 0, &slot);
	if (ret) {
		pr_warn("%s: thread-local variable '%s' is reached through %s in %s, but %s has no %s GOT entry %s (its code never uses the %s model); not supported\n",
			patched->path, var, reloc_name(type), elf_section_name(patched, sec),
			fx->orig->path, reloc_name(slot_type),
			ld ? "for its own TLS block" : "for it",
			type == R_X86_64_GOTTPOFF ? "initial-exec" :
			ld ? "local-dynamic" : "general-dynamic");
		return -EINVAL;
	}
	ret = add_abs_symbol(fx, type == R_X86_64_GOTTPOFF ? "__kpatch_tls_ie" :
			     ld ? "__kpatch_tls_ld" : "__kpatch_tls_gd", ld ? "" : var, slot, STT_OBJECT,
			     &idx);
	if (ret)
		return ret;
	r->r_info = ELF64_R_INFO(idx, R_X86_64_PC32);
	return 0;
}

/* Checks that variable K of a TLS relocation is one ORIG has. */
static int classify_tls_symbol(struct fixup *fx, unsigned sec, const Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	size_t k = ELF64_R_SYM(r->r_info);
	struct symbol_fix *f = &fx->fix[k];
	int ret;

	ret = classify_symbol(fx, k);
	if (ret)
		return ret;
	if ((f->class == SYM_ORIG || f->class == SYM_IMPORT) && (f->tls || f->class == SYM_IMPORT))
		return 0;
	pr_warn("%s: %s in %s against '%s', which is not a thread-local variable of the original\n",
		patched->path, reloc_name(ELF64_R_TYPE(r->r_info)), elf_section_name(patched, sec),
		display_name(patched, k));
	return -EINVAL;
}

/* An initial-exec access: through ORIG's slot, or the executable's fixed offset. */
static int fix_initial_exec(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	size_t k = ELF64_R_SYM(r->r_info), size, pos;
	struct rewrite_result res;
	unsigned char *code;

	if (reloc_place(fx, sec, r, &code, &size, &pos))
		return -EINVAL;
	if (arch_classify_tls_ie(code, size, pos, &res) && res.action == REWRITE_OUT_OF_RANGE)
		return rewrite_refused(fx, sec, r, &res, "");
	if (res.action == REWRITE_TLS_IE_GOT)
		return point_at_orig_slot(fx, sec, r, R_X86_64_TPOFF64);
	if (res.action != REWRITE_TLS_IE_RELAXED || fx->fix[k].class != SYM_ORIG ||
	    !is_executable(fx->orig)) {
		pr_warn("%s: the linker rewrote the initial-exec access to thread-local variable '%s' in %s into a form kpatch_strip does not know\n",
			patched->path, display_name(patched, k), elf_section_name(patched, sec));
		return -EINVAL;
	}
	r->r_info = ELF64_R_INFO(k, res.type);
	r->r_addend = 0;
	return 0;
}

/* A general- or local-dynamic access: through ORIG's DTPMOD64 pair. */
static int fix_dynamic_tls(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	struct rewrite_result res;
	unsigned char *code;
	size_t size, pos;

	if (reloc_place(fx, sec, r, &code, &size, &pos))
		return -EINVAL;
	if (arch_classify_tls_dynamic(code, size, pos, &res)) {
		if (res.action == REWRITE_OUT_OF_RANGE)
			return rewrite_refused(fx, sec, r, &res, "");
		pr_warn("%s: the linker rewrote the %s access to thread-local variable '%s' in %s (code built with -fPIC linked into an executable); rebuild it with -fPIE or -fno-pic\n",
			patched->path, type == R_X86_64_TLSGD ? "general-dynamic" : "local-dynamic",
			display_name(patched, ELF64_R_SYM(r->r_info)), elf_section_name(patched, sec));
		return -EINVAL;
	}
	return point_at_orig_slot(fx, sec, r, R_X86_64_DTPMOD64);
}

static int fix_tls_relocation(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t k = ELF64_R_SYM(r->r_info);
	const char *var = display_name(patched, k);
	int ret;

	ret = classify_tls_symbol(fx, sec, r);
	if (ret)
		return ret;
	switch (type) {
	case R_X86_64_GOTTPOFF:
		return fix_initial_exec(fx, sec, r);
	case R_X86_64_TLSGD:
	case R_X86_64_TLSLD:
		return fix_dynamic_tls(fx, sec, r);
	case R_X86_64_DTPOFF32:
		if (fx->fix[k].class != SYM_ORIG || is_executable(fx->orig)) {
			pr_warn("%s: %s against thread-local variable '%s' in %s: only a shared library's own variables are reached this way; not supported\n",
				patched->path, reloc_name(type), var, elf_section_name(patched, sec));
			return -EINVAL;
		}
		return 0;
	}
	pr_warn("%s: %s against thread-local variable '%s' in %s is not supported\n",
		patched->path, reloc_name(type), var, elf_section_name(patched, sec));
	return -EINVAL;
}

/*
 * A reference to an IFUNC that ORIG defines: its symbol is the resolver, so
 * calls and addresses go to ORIG's PLT entry for it (the function's
 * address as ORIG's own code sees it), and a GOT load the linker left
 * a load reads ORIG's slot; both hold the implementation the dynamic
 * linker chose in the patient.  ORIG without either is refused.
 */
static int fix_ifunc_reference(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t k = ELF64_R_SYM(r->r_info), size, pos, idx;
	const char *name = display_name(patched, k);
	int got_load = 0, ret;
	unsigned char *code;
	uint64_t addr;

	if (is_gotpcrel(type)) {
		if (reloc_place(fx, sec, r, &code, &size, &pos))
			return -EINVAL;
		/* "mov x@GOTPCREL(%rip), %reg", "call/jmp *x@GOTPCREL(%rip)"
		 * (-fno-plt) unless the linker relaxed them */
		got_load = pos >= 2 && (code[pos - 2] == 0x8b ||
					(code[pos - 2] == 0xff && (code[pos - 1] == 0x15 ||
								   code[pos - 1] == 0x25)));
	}
	ret = orig_ifunc_target(fx->orig, name, fx->fix[k].value, !got_load, &addr);
	if (ret) {
		pr_warn("%s: '%s' in %s is an IFUNC of %s that %s never %s, so the patch cannot reach the implementation its resolver chose; not supported\n",
			patched->path, name, elf_section_name(patched, sec), fx->orig->path,
			fx->orig->path, got_load ? "loads from its GOT" : "calls through its PLT");
		return -EINVAL;
	}
	ret = add_abs_symbol(fx, got_load ? "__kpatch_got" : "__kpatch_plt", name, addr,
			     got_load ? STT_OBJECT : STT_FUNC, &idx);
	if (ret)
		return ret;
	if (type == R_X86_64_PLT32 || is_gotpcrel(type))
		type = R_X86_64_PC32;
	r->r_info = ELF64_R_INFO(idx, type);
	return 0;
}

static int fix_relocation(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	const struct reloc_type_info *info = arch_reloc_type(type);
	size_t k = ELF64_R_SYM(r->r_info);
	struct symbol_fix *f;
	int ret;

	switch (type) {
	case R_X86_64_GOTTPOFF:
	case R_X86_64_TLSGD:
	case R_X86_64_TLSLD:
	case R_X86_64_DTPOFF32:
	case R_X86_64_DTPOFF64:
	case R_X86_64_TPOFF64:
	case R_X86_64_GOTPC32_TLSDESC:
	case R_X86_64_TLSDESC_CALL:
		return fix_tls_relocation(fx, sec, r);
	}
	if (!info || !info->in_patch) {
		pr_warn("%s: %s against '%s' in %s is not supported\n", patched->path,
			reloc_name(type), display_name(patched, k), elf_section_name(patched, sec));
		return -EINVAL;
	}
	ret = classify_symbol(fx, k);
	if (ret)
		return ret;
	f = &fx->fix[k];
	if ((type == R_X86_64_TPOFF32) != f->tls && f->class != SYM_NONE &&
	    f->class != SYM_IMPORT) {
		pr_warn("%s: %s against %sthread-local symbol '%s' is not supported\n",
			patched->path, reloc_name(type), f->tls ? "" : "non-", display_name(patched, k));
		return -EINVAL;
	}
	switch (f->class) {
	case SYM_IMPORT:
		if (type == R_X86_64_PLT32)
			r->r_info = ELF64_R_INFO(k, R_X86_64_PC32);
		return 0;
	case SYM_ORIG:
		classify_interposition(fx, k);
		if (f->interpose == INTERPOSE_YES && strcmp(elf_section_name(patched, sec), ".kpatch.info"))
			return reach_through_orig_slots(fx, sec, r);
		if (ELF64_ST_TYPE(patched->syms[k].st_info) == STT_GNU_IFUNC &&
		    strcmp(elf_section_name(patched, sec), ".kpatch.info"))
			return fix_ifunc_reference(fx, sec, r);
		if (type == R_X86_64_PLT32)
			r->r_info = ELF64_R_INFO(k, R_X86_64_PC32);
		else if (is_gotpcrel(type))
			return relax_got_reference(fx, sec, r);
		return 0;
	case SYM_COPY:
		return unrelax_copy_reference(fx, sec, r);
	default:
		return 0;
	}
}

/*
 * Lays the file out again with the patch's own symbol table and records
 * basename(ORIG) in .kpatch.objname for kpatch_make.
 */
static int finish_file(struct fixup *fx)
{
	struct elf_file *patched = fx->patched;
	const char *objname = strrchr(fx->orig->path, '/');
	unsigned nsections = patched->shnum, strndx, shstrndx = patched->shstrndx, i;
	int objndx = elf_find_section(patched, KPATCH_OBJNAME_SECTION);
	struct section_bytes *bytes = NULL;
	struct symbol_table t;
	char *shstrtab = NULL;
	Elf64_Shdr extra;
	int ret;

	objname = objname ? objname + 1 : fx->orig->path;
	memset(&extra, 0, sizeof(extra));
	if (objndx < 0) {
		pr_warn("%s: more than one %s section\n", patched->path, KPATCH_OBJNAME_SECTION);
		return -EINVAL;
	}
	ret = keep_needed_symbols(fx, &t);
	if (ret)
		return ret;
	if (!objndx)
		nsections++;
	bytes = calloc(nsections, sizeof(*bytes));
	if (!bytes) {
		ret = -ENOMEM;
		goto out;
	}
	for (i = 1; i < patched->shnum; i++)
		if (patched->shdrs[i].sh_type != SHT_NOBITS) {
			bytes[i].data = patched->data + patched->shdrs[i].sh_offset;
			bytes[i].size = patched->shdrs[i].sh_size;
		}
	bytes[patched->symtab_ndx].data = t.syms;
	bytes[patched->symtab_ndx].size = t.nsyms * sizeof(*t.syms);
	patched->shdrs[patched->symtab_ndx].sh_info = t.first_global;
	strndx = patched->shdrs[patched->symtab_ndx].sh_link;
	bytes[strndx].data = t.strtab ? t.strtab : fx->strtab;
	bytes[strndx].size = t.strtab ? t.strtab_size : fx->strtab_size;
	if (!objndx) {
		size_t len = sizeof(KPATCH_OBJNAME_SECTION);
		const char *names = strndx == shstrndx ? fx->strtab : patched->shstrtab;
		size_t names_size = strndx == shstrndx ? fx->strtab_size : patched->shstrtab_size;

		shstrtab = malloc(names_size + len);
		if (!shstrtab) {
			ret = -ENOMEM;
			goto out;
		}
		memcpy(shstrtab, names, names_size);
		memcpy(shstrtab + names_size, KPATCH_OBJNAME_SECTION, len);
		bytes[shstrndx].data = shstrtab;
		bytes[shstrndx].size = names_size + len;
		extra.sh_name = names_size;
		extra.sh_type = SHT_PROGBITS;
		extra.sh_addralign = 1;
		objndx = nsections - 1;
	}
	bytes[objndx].data = objname;
	bytes[objndx].size = strlen(objname) + 1;
	ret = elf_relayout(patched, bytes, nsections, &extra, 1);
out:
	free(t.syms);
	free(t.strtab);
	free(shstrtab);
	free(bytes);
	return ret;
}

int fixup_relocations(const struct elf_file *orig, struct elf_file *patched)
{
	struct fixup fx = { .orig = orig, .patched = patched };
	unsigned i;
	size_t k;
	int ret = 0;

	if (!orig->symtab_ndx || !patched->symtab_ndx) {
		pr_warn("%s: no symbol table; it must not be stripped\n",
			orig->symtab_ndx ? patched->path : orig->path);
		return -EINVAL;
	}
	fx.fix = calloc(patched->nsyms, sizeof(*fx.fix));
	fx.strtab = malloc(patched->strtab_size);
	if (!fx.fix || !fx.strtab) {
		ret = -ENOMEM;
		goto out;
	}
	memcpy(fx.strtab, patched->strtab, patched->strtab_size);
	fx.strtab_size = patched->strtab_size;

	for (i = 1; i < patched->shnum && !ret; i++) {
		const Elf64_Shdr *s = &patched->shdrs[i];
		Elf64_Rela *r = (Elf64_Rela *)(patched->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || (s->sh_flags & SHF_ALLOC) ||
		    !elf_is_kpatch_section(patched, s->sh_info))
			continue;
		for (k = 0; k < s->sh_size / sizeof(*r) && !ret; k++)
			ret = fix_relocation(&fx, s->sh_info, &r[k]);
	}
	if (!ret)
		ret = rewrite_symbols(&fx);
	if (!ret)
		ret = finish_file(&fx);
	if (!ret)
		ret = record_digests(orig, patched);
out:
	free(fx.fix);
	free(fx.extra);
	free(fx.strtab);
	return ret;
}
