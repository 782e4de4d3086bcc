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
 * Thread-local variables are reached the way the original reaches them:
 * an executable's own variable by its fixed thread-pointer offset
 * (TPOFF32, and GOTTPOFF the linker already relaxed to an immediate), any
 * other through the GOT entry of ORIG that the dynamic linker filled for
 * it: "mov x@gottpoff(%rip), %reg" reads ORIG's TPOFF64 slot and
 * "lea x@tlsgd(%rip), %rdi; call __tls_get_addr" passes ORIG's
 * DTPMOD64/DTPOFF64 pair, both as PC32 to an absolute symbol added for
 * the slot.  A variable ORIG has no such entry for is refused by name.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "linker/strip.h"

enum symbol_class {
	SYM_UNSEEN,
	SYM_NONE,	/* index 0, or already absolute: nothing to map */
	SYM_PATCH,	/* defined in a .kpatch section */
	SYM_IMPORT,	/* undefined: the doctor looks it up */
	SYM_ORIG,	/* defined in the original object: becomes SHN_ABS */
	SYM_COPY,	/* a library's variable copied into the patched binary
			 * only (R_X86_64_COPY): becomes undefined again */
};

struct symbol_fix {
	enum symbol_class class;
	uint64_t value;		/* SYM_ORIG: ORIG's address or TLS offset */
	int tls;
	int named;		/* section symbol given the section's name */
};

struct fixup {
	const struct elf_file *orig;
	struct elf_file *patched;
	struct symbol_fix *fix;
	char *strtab;		/* patched .strtab plus the names added */
	size_t strtab_size;
	Elf64_Sym *extra;	/* absolute symbols for ORIG's TLS GOT slots */
	size_t nextra;
};

static const char *reloc_name(uint32_t type)
{
	static const char *const names[] = {
		[R_X86_64_NONE] = "R_X86_64_NONE",
		[R_X86_64_64] = "R_X86_64_64",
		[R_X86_64_PC32] = "R_X86_64_PC32",
		[R_X86_64_GOT32] = "R_X86_64_GOT32",
		[R_X86_64_PLT32] = "R_X86_64_PLT32",
		[R_X86_64_COPY] = "R_X86_64_COPY",
		[R_X86_64_GLOB_DAT] = "R_X86_64_GLOB_DAT",
		[R_X86_64_JUMP_SLOT] = "R_X86_64_JUMP_SLOT",
		[R_X86_64_RELATIVE] = "R_X86_64_RELATIVE",
		[R_X86_64_GOTPCREL] = "R_X86_64_GOTPCREL",
		[R_X86_64_32] = "R_X86_64_32",
		[R_X86_64_32S] = "R_X86_64_32S",
		[R_X86_64_16] = "R_X86_64_16",
		[R_X86_64_PC16] = "R_X86_64_PC16",
		[R_X86_64_8] = "R_X86_64_8",
		[R_X86_64_PC8] = "R_X86_64_PC8",
		[R_X86_64_DTPMOD64] = "R_X86_64_DTPMOD64",
		[R_X86_64_DTPOFF64] = "R_X86_64_DTPOFF64",
		[R_X86_64_TPOFF64] = "R_X86_64_TPOFF64",
		[R_X86_64_TLSGD] = "R_X86_64_TLSGD",
		[R_X86_64_TLSLD] = "R_X86_64_TLSLD",
		[R_X86_64_DTPOFF32] = "R_X86_64_DTPOFF32",
		[R_X86_64_GOTTPOFF] = "R_X86_64_GOTTPOFF",
		[R_X86_64_TPOFF32] = "R_X86_64_TPOFF32",
		[R_X86_64_PC64] = "R_X86_64_PC64",
		[R_X86_64_GOTOFF64] = "R_X86_64_GOTOFF64",
		[R_X86_64_GOTPC32] = "R_X86_64_GOTPC32",
		[R_X86_64_GOT64] = "R_X86_64_GOT64",
		[R_X86_64_GOTPCREL64] = "R_X86_64_GOTPCREL64",
		[R_X86_64_GOTPC64] = "R_X86_64_GOTPC64",
		[R_X86_64_GOTPLT64] = "R_X86_64_GOTPLT64",
		[R_X86_64_PLTOFF64] = "R_X86_64_PLTOFF64",
		[R_X86_64_SIZE32] = "R_X86_64_SIZE32",
		[R_X86_64_SIZE64] = "R_X86_64_SIZE64",
		[R_X86_64_GOTPC32_TLSDESC] = "R_X86_64_GOTPC32_TLSDESC",
		[R_X86_64_TLSDESC_CALL] = "R_X86_64_TLSDESC_CALL",
		[R_X86_64_TLSDESC] = "R_X86_64_TLSDESC",
		[R_X86_64_IRELATIVE] = "R_X86_64_IRELATIVE",
		[R_X86_64_RELATIVE64] = "R_X86_64_RELATIVE64",
		[R_X86_64_GOTPCRELX] = "R_X86_64_GOTPCRELX",
		[R_X86_64_REX_GOTPCRELX] = "R_X86_64_REX_GOTPCRELX",
	};
	static char unknown[32];

	if (type < sizeof(names) / sizeof(names[0]) && names[type])
		return names[type];
	snprintf(unknown, sizeof(unknown), "relocation type %u", type);
	return unknown;
}

static int reloc_supported(uint32_t type)
{
	switch (type) {
	case R_X86_64_64:
	case R_X86_64_PC32:
	case R_X86_64_PLT32:
	case R_X86_64_32:
	case R_X86_64_32S:
	case R_X86_64_PC64:
	case R_X86_64_GOTPCREL:
	case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX:
	case R_X86_64_TPOFF32:
		return 1;
	}
	return 0;
}

static int is_gotpcrel(uint32_t type)
{
	return type == R_X86_64_GOTPCREL || type == R_X86_64_GOTPCRELX ||
	       type == R_X86_64_REX_GOTPCRELX;
}

/* A symbol's name for messages: section symbols are named by their section. */
static const char *display_name(const struct elf_file *ef, size_t k)
{
	const Elf64_Sym *s = &ef->syms[k];

	if (ELF64_ST_TYPE(s->st_info) == STT_SECTION && s->st_shndx < ef->shnum)
		return elf_section_name(ef, s->st_shndx);
	return elf_symbol_name(ef, k);
}

/* Name of the STT_FILE symbol that local symbol K follows ("" if none). */
static const char *file_of(const struct elf_file *ef, size_t k)
{
	while (k-- > 1)
		if (ELF64_ST_TYPE(ef->syms[k].st_info) == STT_FILE)
			return elf_symbol_name(ef, k);
	return "";
}

static int defined(const Elf64_Sym *s)
{
	return s->st_shndx != SHN_UNDEF && s->st_shndx != SHN_COMMON;
}

/*
 * ORIG's symbol for PATCHED's named symbol K: a global of the same name, or
 * for a local the one of that name among the locals of the same file.
 */
static int find_orig_symbol(const struct fixup *fx, size_t k, const Elf64_Sym **out, int quiet)
{
	const struct elf_file *orig = fx->orig, *patched = fx->patched;
	const Elf64_Sym *sym = &patched->syms[k];
	const char *name = elf_symbol_name(patched, k), *file = NULL;
	int local = ELF64_ST_BIND(sym->st_info) == STB_LOCAL;
	unsigned found = 0;
	size_t i;

	if (local)
		file = file_of(patched, k);
	for (i = 1; i < orig->nsyms; i++) {
		const Elf64_Sym *o = &orig->syms[i];

		if (!defined(o) || ELF64_ST_TYPE(o->st_info) == STT_SECTION ||
		    ELF64_ST_TYPE(o->st_info) == STT_FILE ||
		    strcmp(elf_symbol_name(orig, i), name))
			continue;
		if ((ELF64_ST_BIND(o->st_info) == STB_LOCAL) != local)
			continue;
		if (local && strcmp(file_of(orig, i), file))
			continue;
		*out = o;
		found++;
	}
	if (found == 1)
		return 0;
	if (quiet && !found)
		return -ENOENT;
	if (found)
		pr_warn("%s: symbol '%s'%s%s%s is defined %u times in %s; cannot tell which one the patch means\n",
			patched->path, name, local ? " (local to " : "", local ? file : "",
			local ? ")" : "", found, orig->path);
	else
		pr_warn("%s: symbol '%s'%s%s%s is not defined in %s\n", patched->path, name,
			local ? " (local to " : "", local ? file : "", local ? ")" : "", orig->path);
	return -ENOENT;
}

static int map_section_symbol(struct fixup *fx, size_t k, struct symbol_fix *f)
{
	const struct elf_file *orig = fx->orig, *patched = fx->patched;
	const Elf64_Shdr *ps = &patched->shdrs[patched->syms[k].st_shndx];
	const char *name = elf_section_name(patched, patched->syms[k].st_shndx);
	int i = elf_find_section(orig, name);

	if (i == 0 || i == -EEXIST) {
		pr_warn("%s: section %s is %s in %s\n", patched->path, name,
			i ? "not unique" : "missing", orig->path);
		return -ENOENT;
	}
	if (orig->shdrs[i].sh_size != ps->sh_size) {
		pr_warn("%s: section %s is 0x%llx bytes, but 0x%llx in %s; the patch was not built from the same original\n",
			patched->path, name, (unsigned long long)ps->sh_size,
			(unsigned long long)orig->shdrs[i].sh_size, orig->path);
		return -EINVAL;
	}
	f->value = orig->shdrs[i].sh_addr;
	return 0;
}

static int map_named_symbol(struct fixup *fx, size_t k, struct symbol_fix *f)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Sym *sym = &patched->syms[k], *o;
	const char *name = elf_symbol_name(patched, k);
	int ret;

	/*
	 * A versioned name defined in the patched executable is a library's
	 * variable its new code made the linker copy; ORIG has no copy.
	 */
	ret = find_orig_symbol(fx, k, &o, strchr(name, '@') != NULL);
	if (ret == -ENOENT && strchr(name, '@') && !f->tls &&
	    ELF64_ST_TYPE(sym->st_info) == STT_OBJECT) {
		f->class = SYM_COPY;
		return 0;
	}
	if (ret)
		return ret;
	if ((ELF64_ST_TYPE(o->st_info) == STT_TLS) != f->tls) {
		pr_warn("%s: symbol '%s' is %sthread-local in %s but %sin the patch\n",
			patched->path, name, f->tls ? "not " : "", fx->orig->path,
			f->tls ? "" : "not ");
		return -EINVAL;
	}
	if (ELF64_ST_TYPE(sym->st_info) == STT_OBJECT && ELF64_ST_TYPE(o->st_info) == STT_OBJECT &&
	    sym->st_size != o->st_size) {
		pr_warn("%s: variable '%s' is %llu bytes, but %llu in %s\n", patched->path, name,
			(unsigned long long)sym->st_size, (unsigned long long)o->st_size,
			fx->orig->path);
		return -EINVAL;
	}
	f->value = o->st_value;
	return 0;
}

static int classify_symbol(struct fixup *fx, size_t k)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Sym *sym = &patched->syms[k];
	struct symbol_fix *f = &fx->fix[k];

	if (f->class != SYM_UNSEEN)
		return 0;
	f->tls = ELF64_ST_TYPE(sym->st_info) == STT_TLS;
	if (k == 0 || sym->st_shndx == SHN_ABS) {
		f->class = SYM_NONE;
		return 0;
	}
	if (sym->st_shndx == SHN_UNDEF) {
		f->class = SYM_IMPORT;
		return 0;
	}
	if (sym->st_shndx >= patched->shnum) {
		pr_warn("%s: symbol '%s' is in special section 0x%x; not supported\n",
			patched->path, elf_symbol_name(patched, k), sym->st_shndx);
		return -EINVAL;
	}
	if (elf_is_kpatch_section(patched, sym->st_shndx)) {
		f->class = SYM_PATCH;
		return 0;
	}
	f->class = SYM_ORIG;
	if (ELF64_ST_TYPE(sym->st_info) == STT_SECTION)
		return map_section_symbol(fx, k, f);
	return map_named_symbol(fx, k, f);
}

/*
 * Turns a GOT load of a symbol of the original object into a direct
 * PC-relative reference.  CODE is the section's bytes, R the relocation.
 */
static int relax_got_reference(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Shdr *target = &patched->shdrs[sec];
	unsigned char *code = patched->data + target->sh_offset;
	uint64_t pos = r->r_offset - target->sh_addr;
	size_t k = ELF64_R_SYM(r->r_info);
	unsigned char op, modrm;

	if (target->sh_type == SHT_NOBITS || r->r_offset < target->sh_addr + 2 ||
	    pos + 4 > target->sh_size) {
		pr_warn("%s: %s against '%s' at 0x%llx lies outside %s\n", patched->path,
			reloc_name(ELF64_R_TYPE(r->r_info)), display_name(patched, k),
			(unsigned long long)r->r_offset, elf_section_name(patched, sec));
		return -EINVAL;
	}
	op = code[pos - 2];
	modrm = code[pos - 1];
	if (op == 0x8b && (modrm & 0xc7) == 0x05) {
		/* mov x@GOTPCREL(%rip), %reg -> lea x(%rip), %reg */
		code[pos - 2] = 0x8d;
	} else if (op == 0x8d && (modrm & 0xc7) == 0x05) {
		/* the linker relaxed it already and kept the GOT type */
	} else if (op == 0xff && modrm == 0x15) {
		/* call *x@GOTPCREL(%rip) -> addr32 call x */
		code[pos - 2] = 0x67;
		code[pos - 1] = 0xe8;
	} else if (op == 0xff && modrm == 0x25) {
		/* jmp *x@GOTPCREL(%rip) -> jmp x; nop */
		code[pos - 2] = 0xe9;
		code[pos + 3] = 0x90;
		r->r_offset--;
	} else if (modrm == 0xe8 || modrm == 0xe9) {
		/* the linker made it a direct call or jump already */
	} else if ((op == 0xc7 || op == 0x81 || op == 0xf7) && (modrm & 0xc0) == 0xc0) {
		/* the linker made it an immediate operand: an absolute address */
		if (fx->orig->ehdr->e_type != ET_EXEC) {
			pr_warn("%s: '%s' is used as an absolute 32-bit address at %s+0x%llx, but %s is position-independent\n",
				patched->path, display_name(patched, k),
				elf_section_name(patched, sec), (unsigned long long)pos,
				fx->orig->path);
			return -EINVAL;
		}
		r->r_info = ELF64_R_INFO(k, R_X86_64_32S);
		return 0;
	} else {
		pr_warn("%s: %s against '%s' at %s+0x%llx: instruction 0x%02x 0x%02x cannot be turned into a direct reference\n",
			patched->path, reloc_name(ELF64_R_TYPE(r->r_info)),
			display_name(patched, k), elf_section_name(patched, sec),
			(unsigned long long)pos, op, modrm);
		return -EINVAL;
	}
	r->r_info = ELF64_R_INFO(k, R_X86_64_PC32);
	return 0;
}

static int fix_tls_relocation(struct fixup *fx, unsigned sec, Elf64_Rela *r);
static unsigned char *reloc_place(struct fixup *fx, unsigned sec, const Elf64_Rela *r,
				  unsigned before);

/*
 * A reference to a variable copied into the patched binary only must reach
 * the library's own copy, through a GOT slot of the doctor: the linker's
 * "lea x(%rip)" goes back to "mov x@GOTPCREL(%rip)".
 */
static int unrelax_copy_reference(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	const char *name = display_name(patched, ELF64_R_SYM(r->r_info));
	unsigned char *code;

	if (!is_gotpcrel(ELF64_R_TYPE(r->r_info))) {
		pr_warn("%s: '%s' is a shared library's variable that %s does not copy, and the patch reaches it directly in %s; build the patch with kpatch_gensrc --force-gotpcrel\n",
			patched->path, name, fx->orig->path, elf_section_name(patched, sec));
		return -EINVAL;
	}
	code = reloc_place(fx, sec, r, 2);
	if (!code)
		return -EINVAL;
	if (code[-2] == 0x8d && (code[-1] & 0xc7) == 0x05)
		code[-2] = 0x8b;
	else if (code[-2] != 0x8b || (code[-1] & 0xc7) != 0x05) {
		pr_warn("%s: %s against '%s' in %s: instruction 0x%02x 0x%02x cannot be turned back into a GOT load\n",
			patched->path, reloc_name(ELF64_R_TYPE(r->r_info)), name,
			elf_section_name(patched, sec), code[-2], code[-1]);
		return -EINVAL;
	}
	return 0;
}
static int add_string(struct fixup *fx, const char *name, Elf64_Word *off);

static int fix_relocation(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
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
	if (!reloc_supported(type)) {
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

/* The bytes at relocation R's place, checked to lie inside section SEC. */
static unsigned char *reloc_place(struct fixup *fx, unsigned sec, const Elf64_Rela *r,
				  unsigned before)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Shdr *target = &patched->shdrs[sec];

	if (target->sh_type == SHT_NOBITS || r->r_offset < target->sh_addr + before ||
	    r->r_offset - target->sh_addr + 4 > target->sh_size) {
		pr_warn("%s: %s against '%s' at 0x%llx lies outside %s\n", patched->path,
			reloc_name(ELF64_R_TYPE(r->r_info)),
			display_name(patched, ELF64_R_SYM(r->r_info)),
			(unsigned long long)r->r_offset, elf_section_name(patched, sec));
		return NULL;
	}
	return patched->data + target->sh_offset + (r->r_offset - target->sh_addr);
}

/* Eight bytes of ORIG's file image at link-time address ADDR. */
static int orig_read64(const struct elf_file *orig, uint64_t addr, uint64_t *val)
{
	unsigned i;

	for (i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];

		if (!(s->sh_flags & SHF_ALLOC) || addr < s->sh_addr ||
		    addr - s->sh_addr + 8 > s->sh_size)
			continue;
		if (s->sh_type != SHT_PROGBITS || s->sh_offset + s->sh_size > orig->size)
			return -ENOENT;
		memcpy(val, orig->data + s->sh_offset + (addr - s->sh_addr), 8);
		return 0;
	}
	return -ENOENT;
}

/* NAME without its "@VERSION" part equals DYNNAME. */
static int same_base_name(const char *name, const char *dynname)
{
	size_t n = strcspn(name, "@");

	return !strncmp(name, dynname, n) && dynname[n] == '\0';
}

/*
 * The GOT slot ORIG's dynamic relocations of TYPE (TPOFF64 for
 * initial-exec, DTPMOD64 for a general- or local-dynamic pair) fill for a
 * variable: one named NAME (NULL: none), or, by symbol 0, the variable
 * at OFFSET of ORIG's own TLS block (HAVE_OFFSET).
 */
static int orig_tls_slot(const struct fixup *fx, uint32_t type, const char *name,
			 int have_offset, uint64_t offset, uint64_t *slot)
{
	const struct elf_file *orig = fx->orig;
	unsigned i;
	size_t k;

	for (i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i], *dynsym, *dynstr;
		const Elf64_Rela *r = (const Elf64_Rela *)(orig->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || !(s->sh_flags & SHF_ALLOC) ||
		    s->sh_offset + s->sh_size > orig->size || s->sh_link >= orig->shnum)
			continue;
		dynsym = &orig->shdrs[s->sh_link];
		if (dynsym->sh_link >= orig->shnum)
			continue;
		dynstr = &orig->shdrs[dynsym->sh_link];
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			size_t si = ELF64_R_SYM(r[k].r_info);
			uint64_t off;

			if (ELF64_R_TYPE(r[k].r_info) != type)
				continue;
			if (si) {
				const Elf64_Sym *ds = (const Elf64_Sym *)(orig->data + dynsym->sh_offset) + si;

				if (!name || dynsym->sh_type != SHT_DYNSYM ||
				    (si + 1) * sizeof(*ds) > dynsym->sh_size ||
				    ds->st_name >= dynstr->sh_size ||
				    !same_base_name(name, (const char *)orig->data + dynstr->sh_offset + ds->st_name))
					continue;
			} else {
				if (!have_offset)
					continue;
				if (type == R_X86_64_TPOFF64)
					off = r[k].r_addend;
				else if (orig_read64(orig, r[k].r_offset + 8, &off))
					continue;
				if (off != offset)
					continue;
			}
			*slot = r[k].r_offset;
			return 0;
		}
	}
	return -ENOENT;
}

/* An absolute symbol NAME for ORIG's GOT slot at ADDR; its index in *IDX. */
static int slot_symbol(struct fixup *fx, const char *prefix, const char *var, uint64_t addr,
		       size_t *idx)
{
	char name[256];
	Elf64_Sym *grown;
	size_t i;
	int ret;

	for (i = 0; i < fx->nextra; i++)
		if (fx->extra[i].st_value == addr) {
			*idx = fx->patched->nsyms + i;
			return 0;
		}
	grown = realloc(fx->extra, (fx->nextra + 1) * sizeof(*grown));
	if (!grown)
		return -ENOMEM;
	fx->extra = grown;
	grown += fx->nextra;
	memset(grown, 0, sizeof(*grown));
	snprintf(name, sizeof(name), "%s%s%.*s", prefix, *var ? "." : "",
		 (int)strcspn(var, "@"), var);
	ret = add_string(fx, name, &grown->st_name);
	if (ret)
		return ret;
	grown->st_info = ELF64_ST_INFO(STB_GLOBAL, STT_OBJECT);
	grown->st_other = STV_DEFAULT;
	grown->st_shndx = SHN_ABS;
	grown->st_value = addr;
	grown->st_size = 8;
	*idx = fx->patched->nsyms + fx->nextra++;
	return 0;
}

static int is_executable(const struct elf_file *ef)
{
	return ef->ehdr->e_type == ET_EXEC || elf_find_section(ef, ".interp") > 0;
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

	ret = orig_tls_slot(fx, slot_type, ld || f->class != SYM_IMPORT ? NULL : var,
			    ld || f->class == SYM_ORIG, ld ? 0 : f->value, &slot);
	if (ret == -ENOENT && !ld && f->class == SYM_ORIG &&
	    ELF64_ST_BIND(patched->syms[k].st_info) != STB_LOCAL)
		ret = orig_tls_slot(fx, slot_type, var, 0, 0, &slot);
	if (ret) {
		pr_warn("%s: thread-local variable '%s' is reached through %s in %s, but %s has no %s GOT entry %s (its code never uses the %s model); not supported\n",
			patched->path, var, reloc_name(type), elf_section_name(patched, sec),
			fx->orig->path, reloc_name(slot_type),
			ld ? "for its own TLS block" : "for it",
			type == R_X86_64_GOTTPOFF ? "initial-exec" :
			ld ? "local-dynamic" : "general-dynamic");
		return -EINVAL;
	}
	ret = slot_symbol(fx, type == R_X86_64_GOTTPOFF ? "__kpatch_tls_ie" :
			  ld ? "__kpatch_tls_ld" : "__kpatch_tls_gd", ld ? "" : var, slot, &idx);
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

static int fix_tls_relocation(struct fixup *fx, unsigned sec, Elf64_Rela *r)
{
	const struct elf_file *patched = fx->patched;
	uint32_t type = ELF64_R_TYPE(r->r_info);
	size_t k = ELF64_R_SYM(r->r_info);
	const char *var = display_name(patched, k);
	unsigned char *code;
	int ret;

	ret = classify_tls_symbol(fx, sec, r);
	if (ret)
		return ret;
	switch (type) {
	case R_X86_64_GOTTPOFF:
		code = reloc_place(fx, sec, r, 2);
		if (!code)
			return -EINVAL;
		if ((code[-1] & 0xc7) == 0x05)
			return point_at_orig_slot(fx, sec, r, R_X86_64_TPOFF64);
		/* the linker made it "mov $x@tpoff, %reg" or alike */
		if (fx->fix[k].class != SYM_ORIG || !is_executable(fx->orig)) {
			pr_warn("%s: the linker rewrote the initial-exec access to thread-local variable '%s' in %s into a form kpatch_strip does not know\n",
				patched->path, var, elf_section_name(patched, sec));
			return -EINVAL;
		}
		r->r_info = ELF64_R_INFO(k, R_X86_64_TPOFF32);
		r->r_addend = 0;
		return 0;
	case R_X86_64_TLSGD:
	case R_X86_64_TLSLD:
		code = reloc_place(fx, sec, r, 3);
		if (!code)
			return -EINVAL;
		if (code[-3] != 0x48 || code[-2] != 0x8d || code[-1] != 0x3d) {
			pr_warn("%s: the linker rewrote the %s access to thread-local variable '%s' in %s (code built with -fPIC linked into an executable); rebuild it with -fPIE or -fno-pic\n",
				patched->path, type == R_X86_64_TLSGD ? "general-dynamic" : "local-dynamic",
				var, elf_section_name(patched, sec));
			return -EINVAL;
		}
		return point_at_orig_slot(fx, sec, r, R_X86_64_DTPMOD64);
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

/* Adds NAME to the symbol string table copy; returns its offset. */
static int add_string(struct fixup *fx, const char *name, Elf64_Word *off)
{
	size_t len = strlen(name) + 1;
	char *grown = realloc(fx->strtab, fx->strtab_size + len);

	if (!grown)
		return -ENOMEM;
	memcpy(grown + fx->strtab_size, name, len);
	fx->strtab = grown;
	*off = fx->strtab_size;
	fx->strtab_size += len;
	return 0;
}

/*
 * Writes the new symbol values.  A section symbol that now stands for an
 * address of the original gets the section's name: GNU strip would fold a
 * nameless absolute section symbol into the absolute section itself.
 */
static int rewrite_symbols(struct fixup *fx)
{
	struct elf_file *patched = fx->patched;
	size_t k;
	int ret;

	for (k = 1; k < patched->nsyms; k++) {
		Elf64_Sym *s = &patched->syms[k];

		if (fx->fix[k].class == SYM_COPY) {
			s->st_shndx = SHN_UNDEF;
			s->st_value = 0;
			continue;
		}
		if (fx->fix[k].class != SYM_ORIG)
			continue;
		if (ELF64_ST_TYPE(s->st_info) == STT_SECTION) {
			ret = add_string(fx, elf_section_name(patched, s->st_shndx), &s->st_name);
			if (ret)
				return ret;
			s->st_info = ELF64_ST_INFO(STB_LOCAL, STT_NOTYPE);
		}
		s->st_shndx = SHN_ABS;
		s->st_value = fx->fix[k].value;
	}
	return 0;
}

/* Records basename(ORIG) for kpatch_make and lays out the new tables. */
static int finish_file(struct fixup *fx)
{
	struct elf_file *patched = fx->patched;
	const char *objname = strrchr(fx->orig->path, '/');
	unsigned nsections = patched->shnum, strndx, shstrndx = patched->ehdr->e_shstrndx, i;
	int objndx = elf_find_section(patched, KPATCH_OBJNAME_SECTION);
	struct section_bytes *bytes;
	char *shstrtab = NULL;
	Elf64_Sym *symtab = NULL;
	Elf64_Shdr extra;
	int ret;

	objname = objname ? objname + 1 : fx->orig->path;
	memset(&extra, 0, sizeof(extra));
	if (objndx < 0) {
		pr_warn("%s: more than one %s section\n", patched->path, KPATCH_OBJNAME_SECTION);
		return -EINVAL;
	}
	if (!objndx)
		nsections++;
	bytes = calloc(nsections, sizeof(*bytes));
	if (!bytes)
		return -ENOMEM;
	for (i = 1; i < patched->shnum; i++)
		if (patched->shdrs[i].sh_type != SHT_NOBITS) {
			bytes[i].data = patched->data + patched->shdrs[i].sh_offset;
			bytes[i].size = patched->shdrs[i].sh_size;
		}
	if (fx->nextra) {
		size_t old = patched->nsyms * sizeof(Elf64_Sym);

		symtab = malloc(old + fx->nextra * sizeof(Elf64_Sym));
		if (!symtab) {
			free(bytes);
			return -ENOMEM;
		}
		memcpy(symtab, patched->syms, old);
		memcpy(symtab + patched->nsyms, fx->extra, fx->nextra * sizeof(Elf64_Sym));
		bytes[patched->symtab_ndx].data = symtab;
		bytes[patched->symtab_ndx].size = old + fx->nextra * sizeof(Elf64_Sym);
	}
	strndx = patched->shdrs[patched->symtab_ndx].sh_link;
	bytes[strndx].data = fx->strtab;
	bytes[strndx].size = fx->strtab_size;
	if (!objndx) {
		size_t len = sizeof(KPATCH_OBJNAME_SECTION);
		const char *names = strndx == shstrndx ? fx->strtab : patched->shstrtab;
		size_t names_size = strndx == shstrndx ? fx->strtab_size : patched->shstrtab_size;

		shstrtab = malloc(names_size + len);
		if (!shstrtab) {
			free(symtab);
			free(bytes);
			return -ENOMEM;
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
	free(symtab);
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
out:
	free(fx.fix);
	free(fx.extra);
	free(fx.strtab);
	return ret;
}
