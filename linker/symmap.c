/*
 * The patch's symbols: which of PATCHED's symbols name something of ORIG,
 * at which address of ORIG, and the symbol table the patch ends up with.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "linker/relfixup.h"

/* A symbol's name for messages: section symbols are named by their section. */
const char *display_name(const struct elf_file *ef, size_t k)
{
	const Elf64_Sym *s = &ef->syms[k];
	unsigned shndx = elf_symbol_shndx(ef, k);

	if (ELF64_ST_TYPE(s->st_info) == STT_SECTION && shndx < ef->shnum)
		return elf_section_name(ef, shndx);
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

static int defined(const struct elf_file *ef, size_t k)
{
	unsigned shndx = elf_symbol_shndx(ef, k);

	return shndx != SHN_UNDEF && shndx != SHN_COMMON;
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

		if (!defined(orig, i) || ELF64_ST_TYPE(o->st_info) == STT_SECTION ||
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
	const Elf64_Shdr *ps = &patched->shdrs[elf_symbol_shndx(patched, k)];
	const char *name = elf_section_name(patched, elf_symbol_shndx(patched, k));
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

int classify_symbol(struct fixup *fx, size_t k)
{
	const struct elf_file *patched = fx->patched;
	const Elf64_Sym *sym = &patched->syms[k];
	struct symbol_fix *f = &fx->fix[k];
	unsigned shndx = elf_symbol_shndx(patched, k);

	if (f->class != SYM_UNSEEN)
		return 0;
	f->tls = ELF64_ST_TYPE(sym->st_info) == STT_TLS;
	if (k == 0 || shndx == SHN_ABS) {
		f->class = SYM_NONE;
		return 0;
	}
	if (shndx == SHN_UNDEF) {
		f->class = SYM_IMPORT;
		return 0;
	}
	if (shndx >= patched->shnum) {
		pr_warn("%s: symbol '%s' is in special section 0x%x; not supported\n",
			patched->path, elf_symbol_name(patched, k), shndx);
		return -EINVAL;
	}
	if (elf_is_kpatch_section(patched, shndx)) {
		f->class = SYM_PATCH;
		return 0;
	}
	f->class = SYM_ORIG;
	if (ELF64_ST_TYPE(sym->st_info) == STT_SECTION)
		return map_section_symbol(fx, k, f);
	return map_named_symbol(fx, k, f);
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

int add_abs_symbol(struct fixup *fx, const char *prefix, const char *var, uint64_t addr,
		   unsigned char type, size_t *idx)
{
	char name[256];
	Elf64_Sym *grown;
	size_t i;
	int ret;

	for (i = 0; i < fx->nextra; i++)
		if (fx->extra[i].st_value == addr &&
		    ELF64_ST_TYPE(fx->extra[i].st_info) == type) {
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
	grown->st_info = ELF64_ST_INFO(STB_GLOBAL, type);
	grown->st_other = STV_DEFAULT;
	grown->st_shndx = SHN_ABS;
	grown->st_value = addr;
	grown->st_size = type == STT_OBJECT ? 8 : 0;
	*idx = fx->patched->nsyms + fx->nextra++;
	return 0;
}

/*
 * Writes the new symbol values.  A section symbol that now stands for an
 * address of the original becomes a local symbol named after its section:
 * it says what it stands for, and stays itself through tools that rewrite
 * symbol tables (GNU strip folds a nameless absolute section symbol into
 * the absolute section, losing the address).
 */
int rewrite_symbols(struct fixup *fx)
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
			ret = add_string(fx, elf_section_name(patched, elf_symbol_shndx(patched, k)),
					 &s->st_name);
			if (ret)
				return ret;
			s->st_info = ELF64_ST_INFO(STB_LOCAL, STT_NOTYPE);
		}
		s->st_shndx = SHN_ABS;
		s->st_value = fx->fix[k].value;
	}
	return 0;
}

/* Marks in USED every symbol that a relocation of the patch names. */
static int mark_used_symbols(const struct fixup *fx, unsigned char *used, size_t total)
{
	const struct elf_file *patched = fx->patched;
	unsigned i;
	size_t k;

	used[0] = 1;
	for (i = 1; i < patched->shnum; i++) {
		const Elf64_Shdr *s = &patched->shdrs[i];
		const Elf64_Rela *r = (const Elf64_Rela *)(patched->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || (s->sh_flags & SHF_ALLOC) ||
		    !elf_is_kpatch_section(patched, s->sh_info))
			continue;
		for (k = 0; k < s->sh_size / sizeof(*r); k++) {
			if (ELF64_R_SYM(r[k].r_info) >= total) {
				pr_warn("%s: relocation %zu of %s names symbol %llu, out of range\n",
					patched->path, k, elf_section_name(patched, i),
					(unsigned long long)ELF64_R_SYM(r[k].r_info));
				return -EINVAL;
			}
			used[ELF64_R_SYM(r[k].r_info)] = 1;
		}
	}
	return 0;
}

/* Gives every relocation of the patch the new index NEW[old index]. */
static void renumber_relocations(struct fixup *fx, const size_t *new)
{
	struct elf_file *patched = fx->patched;
	unsigned i;
	size_t k;

	for (i = 1; i < patched->shnum; i++) {
		const Elf64_Shdr *s = &patched->shdrs[i];
		Elf64_Rela *r = (Elf64_Rela *)(patched->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || (s->sh_flags & SHF_ALLOC) ||
		    !elf_is_kpatch_section(patched, s->sh_info))
			continue;
		for (k = 0; k < s->sh_size / sizeof(*r); k++)
			r[k].r_info = ELF64_R_INFO(new[ELF64_R_SYM(r[k].r_info)],
						   ELF64_R_TYPE(r[k].r_info));
	}
}

/*
 * Copies the names of T's symbols into a string table of their own, unless
 * the symbol names share their table with the section names.
 */
static int compact_names(struct fixup *fx, struct symbol_table *t)
{
	const Elf64_Shdr *symtab = &fx->patched->shdrs[fx->patched->symtab_ndx];
	size_t k, size = 1;

	if (symtab->sh_link == fx->patched->shstrndx)
		return 0;
	for (k = 1; k < t->nsyms; k++)
		if (t->syms[k].st_name)
			size += strlen(fx->strtab + t->syms[k].st_name) + 1;
	t->strtab = calloc(1, size);
	if (!t->strtab)
		return -ENOMEM;
	t->strtab_size = 1;
	for (k = 1; k < t->nsyms; k++) {
		const char *name = fx->strtab + t->syms[k].st_name;
		size_t len = strlen(name) + 1;

		if (!t->syms[k].st_name)
			continue;
		memcpy(t->strtab + t->strtab_size, name, len);
		t->syms[k].st_name = t->strtab_size;
		t->strtab_size += len;
	}
	return 0;
}

int keep_needed_symbols(struct fixup *fx, struct symbol_table *t)
{
	const struct elf_file *patched = fx->patched;
	size_t total = patched->nsyms + fx->nextra, k, *new = NULL;
	unsigned char *used;
	int ret;

	memset(t, 0, sizeof(*t));
	used = calloc(total, 1);
	new = calloc(total, sizeof(*new));
	t->syms = malloc(total * sizeof(*t->syms));
	if (!used || !new || !t->syms) {
		ret = -ENOMEM;
		goto out;
	}
	ret = mark_used_symbols(fx, used, total);
	if (ret)
		goto out;
	for (k = 0; k < total; k++) {
		const Elf64_Sym *s = k < patched->nsyms ? &patched->syms[k] :
				     &fx->extra[k - patched->nsyms];

		if (!used[k])
			continue;
		new[k] = t->nsyms;
		t->syms[t->nsyms++] = *s;
		if (ELF64_ST_BIND(s->st_info) == STB_LOCAL)
			t->first_global = t->nsyms;
	}
	renumber_relocations(fx, new);
	ret = compact_names(fx, t);
out:
	if (ret) {
		free(t->syms);
		t->syms = NULL;
	}
	free(used);
	free(new);
	return ret;
}
