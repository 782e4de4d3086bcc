/*
 * kpatch_strip --rel-fixup's last step, the proof of fit: for every
 * .kpatch.info entry, a digest of the original function's bytes read from
 * ORIG, and where the new function sits, in .kpatch.digests (format in
 * common/kpatch_file.h).  Only here is ORIG at hand; the doctor compares
 * the patient's code with these digests before it changes anything.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/sign.h"
#include "common/kpatch_file.h"
#include "common/log.h"
#include "linker/strip.h"

#define INFO_SIZE	sizeof(struct kpatch_info_entry)

/* ORIG's bytes at link-time address ADDR, SIZE of them, or NULL. */
static const uint8_t *orig_bytes(const struct elf_file *orig, uint64_t addr, uint64_t size)
{
	for (unsigned i = 1; i < orig->shnum; i++) {
		const Elf64_Shdr *s = &orig->shdrs[i];

		if ((s->sh_flags & SHF_ALLOC) && s->sh_type == SHT_PROGBITS &&
		    addr >= s->sh_addr && addr - s->sh_addr <= s->sh_size &&
		    size <= s->sh_size - (addr - s->sh_addr))
			return orig->data + s->sh_offset + (addr - s->sh_addr);
	}
	return NULL;
}

/* ORIG's function symbol that starts at ADDR, or NULL. */
static const Elf64_Sym *orig_function(const struct elf_file *orig, uint64_t addr)
{
	for (size_t k = 1; k < orig->nsyms; k++) {
		const Elf64_Sym *s = &orig->syms[k];

		if (s->st_value == addr && ELF64_ST_TYPE(s->st_info) == STT_FUNC &&
		    elf_symbol_shndx(orig, k) != SHN_UNDEF)
			return s;
	}
	return NULL;
}

/* The address a relocation of .kpatch.info makes: S + A, link-time. */
static int info_field(const struct elf_file *ef, const Elf64_Rela *r, uint64_t *value,
		      unsigned *shndx)
{
	size_t k = ELF64_R_SYM(r->r_info);

	if (ELF64_R_TYPE(r->r_info) != R_X86_64_64 || k >= ef->nsyms)
		return -EINVAL;
	*value = ef->syms[k].st_value + r->r_addend;
	*shndx = elf_symbol_shndx(ef, k);
	return 0;
}

/* Reads the entries' addresses from the relocations of .kpatch.info. */
static int fill_from_relocations(const struct elf_file *ef, unsigned info,
				 struct kpatch_func_digest *d, size_t n, uint8_t *seen)
{
	const Elf64_Shdr *is = &ef->shdrs[info];

	for (unsigned i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];
		const Elf64_Rela *r = (const Elf64_Rela *)(ef->data + s->sh_offset);

		if (s->sh_type != SHT_RELA || s->sh_info != info)
			continue;
		for (size_t k = 0; k < s->sh_size / sizeof(*r); k++) {
			uint64_t off = r[k].r_offset - is->sh_addr, value;
			size_t e = off / INFO_SIZE;
			unsigned shndx;

			if (r[k].r_offset < is->sh_addr || e >= n)
				continue;
			if (info_field(ef, &r[k], &value, &shndx))
				continue;
			if (off % INFO_SIZE == offsetof(struct kpatch_info_entry, old_addr) &&
			    shndx == SHN_ABS) {
				d[e].old_addr = value;
				seen[e] |= 1;
			} else if (off % INFO_SIZE == offsetof(struct kpatch_info_entry, new_addr) &&
				   shndx != SHN_ABS && shndx != SHN_UNDEF && shndx < ef->shnum) {
				d[e].new_offset = value - ef->shdrs[shndx].sh_addr;
				seen[e] |= 2;
			}
		}
	}
	return 0;
}

static int compute_digests(const struct elf_file *orig, const struct elf_file *ef, unsigned info,
			   struct kpatch_func_digest *d, size_t n)
{
	const uint8_t *bytes = ef->data + ef->shdrs[info].sh_offset;
	uint8_t *seen = calloc(n ? n : 1, 1);
	int ret = kpatch_crypto_init();

	if (!seen)
		return -ENOMEM;
	if (!ret)
		ret = fill_from_relocations(ef, info, d, n, seen);
	for (size_t e = 0; e < n && !ret; e++) {
		struct kpatch_info_entry entry;
		const Elf64_Sym *fn;
		const uint8_t *code;

		memcpy(&entry, bytes + e * INFO_SIZE, sizeof(entry));
		if (seen[e] != 3) {
			pr_warn("%s: .kpatch.info entry %zu does not name an original function and its new version\n",
				ef->path, e);
			ret = -EINVAL;
			break;
		}
		d[e].old_size = entry.old_size;
		d[e].new_size = entry.new_size;
		fn = orig_function(orig, d[e].old_addr);
		code = orig_bytes(orig, d[e].old_addr, d[e].old_size);
		if (!fn || fn->st_size != d[e].old_size || !code) {
			pr_warn("%s: .kpatch.info entry %zu: no %llu-byte function at 0x%llx in %s\n",
				ef->path, e, (unsigned long long)d[e].old_size,
				(unsigned long long)d[e].old_addr, orig->path);
			ret = -EINVAL;
			break;
		}
		kpatch_digest(code, d[e].old_size, d[e].digest);
	}
	free(seen);
	return ret;
}

/* Puts DATA into the section NAME of EF, adding it when it is not there. */
static int set_section(struct elf_file *ef, const char *name, const void *data, size_t size)
{
	int idx = elf_find_section(ef, name);
	unsigned n = ef->shnum + (idx == 0), shstrndx = ef->shstrndx;
	size_t len = strlen(name) + 1;
	struct section_bytes *bytes;
	char *names = NULL;
	Elf64_Shdr extra;
	int ret;

	if (idx < 0) {
		pr_warn("%s: more than one %s section\n", ef->path, name);
		return -EINVAL;
	}
	bytes = calloc(n, sizeof(*bytes));
	if (!bytes)
		return -ENOMEM;
	for (unsigned i = 1; i < ef->shnum; i++)
		if (ef->shdrs[i].sh_type != SHT_NOBITS) {
			bytes[i].data = ef->data + ef->shdrs[i].sh_offset;
			bytes[i].size = ef->shdrs[i].sh_size;
		}
	memset(&extra, 0, sizeof(extra));
	if (!idx) {
		names = malloc(ef->shstrtab_size + len);
		if (!names) {
			free(bytes);
			return -ENOMEM;
		}
		memcpy(names, ef->shstrtab, ef->shstrtab_size);
		memcpy(names + ef->shstrtab_size, name, len);
		bytes[shstrndx].data = names;
		bytes[shstrndx].size = ef->shstrtab_size + len;
		extra.sh_name = ef->shstrtab_size;
		extra.sh_type = SHT_PROGBITS;
		extra.sh_addralign = 8;
		idx = n - 1;
	} else {
		ef->shdrs[idx].sh_type = SHT_PROGBITS;
		ef->shdrs[idx].sh_flags = 0;
	}
	bytes[idx].data = data;
	bytes[idx].size = size;
	ret = elf_relayout(ef, bytes, n, &extra, 1);
	free(names);
	free(bytes);
	return ret;
}

int record_digests(const struct elf_file *orig, struct elf_file *patched)
{
	int info = elf_find_section(patched, ".kpatch.info");
	struct kpatch_func_digest *d;
	size_t n;
	int ret;

	if (info <= 0 || patched->shdrs[info].sh_type != SHT_PROGBITS ||
	    patched->shdrs[info].sh_size % INFO_SIZE) {
		pr_warn("%s: no (or more than one, or a malformed) .kpatch.info section\n",
			patched->path);
		return -EINVAL;
	}
	n = patched->shdrs[info].sh_size / INFO_SIZE;
	d = calloc(n ? n : 1, sizeof(*d));
	if (!d)
		return -ENOMEM;
	ret = compute_digests(orig, patched, info, d, n);
	if (!ret)
		ret = set_section(patched, KPATCH_DIGESTS_SECTION, d, n * sizeof(*d));
	free(d);
	return ret;
}
