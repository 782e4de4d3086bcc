/*
 * The one patch file loader.  The file is untrusted input: the header is
 * checked, the image goes through common/elf, then everything the doctor
 * follows (sections, symbols, relocations, .kpatch.info) is copied into
 * typed arrays and proven here, so that no later stage checks bounds.  Any
 * problem gives one message naming the file and the first thing wrong,
 * and -ERR_BAD_PATCH; the checksum and the signature are checked first,
 * before any field is believed, and fail with their own codes.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/arch/x86_64/reloc.h"
#include "common/errors.h"
#include "common/kpatch/patch_file.h"
#include "common/kpatch/reloc_target.h"
#include "common/kpatch/sign.h"
#include "common/log.h"
#include "common/printable.h"

static int bad(const struct patch_file *pf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int bad(const struct patch_file *pf, const char *fmt, ...)
{
	char why[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	/* WHY may quote names from the file */
	pr_warn("%s: bad patch file: %s\n", printable(pf->path), printable(why));
	return -ERR_BAD_PATCH;
}

static int string_in(const char *s, size_t size)
{
	return memchr(s, '\0', size) != NULL;
}

const char *kpatch_build_id_problem(const char *id)
{
	size_t i, len = strnlen(id, KPATCH_BUILD_ID_MAX);

	if (len == 0 || len % 2 || len > KPATCH_BUILD_ID_DIGITS)
		return "must be an even number of hex digits, at most 62";
	for (i = 0; i < len; i++)
		if (!strchr("0123456789abcdef", id[i]))
			return "is not hexadecimal";
	return NULL;
}

static int check_header(struct patch_file *pf, size_t size)
{
	const struct kpatch_file_header *h = &pf->hdr;
	const char *why;
	size_t i;

	if (h->header_size != (h->version == KPATCH_FILE_VERSION_1 ? KPATCH_FILE_V1_HEADER_SIZE :
			       sizeof(*h)))
		return bad(pf, "header size %u, expected %zu", h->header_size, sizeof(*h));
	if (!string_in(h->build_id, sizeof(h->build_id)))
		return bad(pf, "BuildID field is not terminated");
	why = kpatch_build_id_problem(h->build_id);
	if (why)
		return bad(pf, "BuildID '%s' %s", h->build_id, why);
	if (!string_in(h->patch_id, sizeof(h->patch_id)))
		return bad(pf, "patch id field is not terminated");
	for (i = 0; h->patch_id[i]; i++)
		if (h->patch_id[i] < 0x21 || h->patch_id[i] > 0x7e)
			return bad(pf, "patch id holds unprintable characters");
	if (!string_in(h->object_name, sizeof(h->object_name)))
		return bad(pf, "object name field is not terminated");
	if (h->flags & ~KPATCH_FILE_SIGNED)
		return bad(pf, "unknown flags 0x%x", h->flags);
	if (!string_in(h->rebuilt_build_id, sizeof(h->rebuilt_build_id)))
		return bad(pf, "rebuilt BuildID field is not terminated");
	why = h->rebuilt_build_id[0] ? kpatch_build_id_problem(h->rebuilt_build_id) : NULL;
	if (why)
		return bad(pf, "rebuilt BuildID '%s' %s", h->rebuilt_build_id, why);
	for (i = 0; i < sizeof(h->reserved) / sizeof(h->reserved[0]); i++)
		if (h->reserved[i])
			return bad(pf, "reserved header fields are not zero");
	if (h->elf_offset != h->header_size)
		return bad(pf, "ELF image at offset %llu, expected %u",
			   (unsigned long long)h->elf_offset, h->header_size);
	if (h->elf_size != size - h->elf_offset)
		return bad(pf, "header says %llu bytes of ELF image, the file holds %zu",
			   (unsigned long long)h->elf_size, size - (size_t)h->elf_offset);
	return 0;
}

/* Hands the image to common/elf, which checks its tables. */
static int parse_elf(struct patch_file *pf, const void *image, size_t size)
{
	char *ctx;
	int ret;

	/* common/elf's messages then read "PATH: bad patch file: malformed ELF file: ..." */
	if (asprintf(&ctx, "%s: bad patch file", pf->path) < 0)
		return -ENOMEM;
	ret = elf_parse_copy(ctx, image, size, &pf->elf);
	free(ctx);
	if (ret == -ENOMEM)
		return ret;
	if (ret)
		return -ERR_BAD_PATCH;
	if (pf->elf.ehdr->e_type != ET_REL)
		return bad(pf, "ELF image is of type %u, not ET_REL", pf->elf.ehdr->e_type);
	if (!pf->elf.symtab_ndx)
		return bad(pf, "no symbol table");
	return 0;
}

static int read_sections(struct patch_file *pf)
{
	const struct elf_file *ef = &pf->elf;
	unsigned i;

	pf->nsections = ef->shnum;
	pf->sections = calloc(ef->shnum, sizeof(*pf->sections));
	if (!pf->sections)
		return -ENOMEM;
	for (i = 0; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];
		struct patch_section *ps = &pf->sections[i];

		ps->name = elf_section_name(ef, i);
		ps->type = s->sh_type;
		ps->flags = s->sh_flags;
		ps->align = s->sh_addralign;
		ps->size = s->sh_size;
		if (i && s->sh_type != SHT_NOBITS)
			ps->bytes = ef->data + s->sh_offset;
		ps->is_kpatch = (s->sh_flags & SHF_ALLOC) && !strncmp(ps->name, ".kpatch", 7);
		if (s->sh_type == SHT_REL)
			return bad(pf, "section %s holds REL relocations; x86-64 uses RELA", ps->name);
		/* the relocations of the patch's code are where their name says, or nowhere */
		if (!strncmp(ps->name, ".rela.kpatch", 12) && s->sh_type != SHT_RELA &&
		    s->sh_type != SHT_NOBITS)
			return bad(pf, "section %s is not of type RELA", ps->name);
		if (!strncmp(ps->name, ".rela.kpatch", 12) && s->sh_type == SHT_NOBITS && s->sh_size)
			return bad(pf, "section %s holds no relocations", ps->name);
		if (s->sh_type == SHT_RELA && !strncmp(ps->name, ".rela.kpatch", 12) &&
		    (s->sh_info >= ef->shnum || strcmp(ps->name + 5, elf_section_name(ef, s->sh_info))))
			return bad(pf, "relocation section %s does not apply to %s", ps->name,
				   ps->name + 5);
		if (!ps->is_kpatch)
			continue;
		if (ps->align > KPATCH_SECTION_ALIGN_MAX)
			return bad(pf, "section %s asks for %llu-byte alignment", ps->name,
				   (unsigned long long)ps->align);
		if (ps->size > KPATCH_FILE_MAX)
			return bad(pf, "section %s is too large", ps->name);
		/* code goes into the r-x part of the region, and only code does */
		if ((ps->flags & SHF_EXECINSTR) && (ps->flags & SHF_WRITE))
			return bad(pf, "section %s is both executable and writable", ps->name);
		if (!strcmp(ps->name, ".kpatch.text") &&
		    (!(ps->flags & SHF_EXECINSTR) || ps->type != SHT_PROGBITS))
			return bad(pf, "section .kpatch.text is not executable code");
		if (strcmp(ps->name, ".kpatch.info"))
			continue;
		if (pf->info_section)
			return bad(pf, "more than one .kpatch.info section");
		pf->info_section = i;
	}
	if (!pf->info_section)
		return bad(pf, "no .kpatch.info section");
	i = pf->info_section;
	if (pf->sections[i].type != SHT_PROGBITS || pf->sections[i].size == 0 ||
	    pf->sections[i].size % sizeof(struct kpatch_info_entry))
		return bad(pf, ".kpatch.info is not a whole number of %zu-byte entries",
			   sizeof(struct kpatch_info_entry));
	pf->ninfo = pf->sections[i].size / sizeof(struct kpatch_info_entry);
	return 0;
}

/* .kpatch.digests: one entry per .kpatch.info entry (kpatch_file.h). */
static int read_digests(struct patch_file *pf)
{
	const struct patch_section *ps;
	int i = elf_find_section(&pf->elf, KPATCH_DIGESTS_SECTION);

	if (pf->hdr.version == KPATCH_FILE_VERSION_1)
		return 0;
	if (i < 0)
		return bad(pf, "more than one %s section", KPATCH_DIGESTS_SECTION);
	if (!i)
		return bad(pf, "no %s section: kpatch_strip --rel-fixup of this version writes it",
			   KPATCH_DIGESTS_SECTION);
	ps = &pf->sections[i];
	if (ps->type != SHT_PROGBITS || (ps->flags & SHF_ALLOC) ||
	    ps->size != pf->ninfo * sizeof(struct kpatch_func_digest))
		return bad(pf, "%s does not hold one %zu-byte entry per .kpatch.info entry",
			   KPATCH_DIGESTS_SECTION, sizeof(struct kpatch_func_digest));
	/* common/elf keeps its buffer 8-byte aligned; an unaligned offset is copied */
	if ((uintptr_t)ps->bytes % 8) {
		void *copy = malloc(ps->size);

		if (!copy)
			return -ENOMEM;
		memcpy(copy, ps->bytes, ps->size);
		pf->digests_copy = copy;
		pf->digests = copy;
	} else {
		pf->digests = (const struct kpatch_func_digest *)ps->bytes;
	}
	return 0;
}

static int read_symbols(struct patch_file *pf)
{
	const struct elf_file *ef = &pf->elf;
	size_t k;

	pf->nsymbols = ef->nsyms;
	pf->symbols = calloc(ef->nsyms ? ef->nsyms : 1, sizeof(*pf->symbols));
	if (!pf->symbols)
		return -ENOMEM;
	for (k = 0; k < ef->nsyms; k++) {
		const Elf64_Sym *s = &ef->syms[k];
		struct patch_symbol *ps = &pf->symbols[k];

		ps->name = elf_symbol_name(ef, k);
		ps->type = ELF64_ST_TYPE(s->st_info);
		ps->bind = ELF64_ST_BIND(s->st_info);
		ps->section = elf_symbol_shndx(ef, k);
		ps->value = s->st_value;
		ps->size = s->st_size;
		if (ps->section == SHN_COMMON)
			return bad(pf, "symbol '%s' is a common symbol", ps->name);
		/* through SHN_XINDEX, a real index that would read as SHN_ABS or the like */
		if (s->st_shndx == SHN_XINDEX && ps->section >= SHN_LORESERVE &&
		    ps->section <= SHN_HIRESERVE)
			return bad(pf, "symbol '%s' is in section %u, an index the patch cannot use",
				   ps->name, ps->section);
		if (ps->section != SHN_ABS && ps->section != SHN_UNDEF &&
		    ps->section >= pf->nsections)
			return bad(pf, "symbol '%s' is in section %u, out of range", ps->name,
				   ps->section);
		if (ps->type == STT_SECTION && ps->section != SHN_ABS && ps->section != SHN_UNDEF)
			ps->name = pf->sections[ps->section].name;
	}
	return 0;
}

/* One relocation: its place lies inside its section, its symbol is usable. */
static int check_reloc(struct patch_file *pf, const struct patch_section *sec,
		       const struct patch_reloc *r)
{
	const struct patch_symbol *sym = &pf->symbols[r->symbol];
	size_t width = arch_reloc_size(r->type);
	char why[256];

	/* a type LibCare does not apply is the doctor's to refuse, by name */
	if (width && (sec->type == SHT_NOBITS || r->offset > sec->size ||
		      width > sec->size - r->offset))
		return bad(pf, "relocation at %s+0x%llx lies outside the section", sec->name,
			   (unsigned long long)r->offset);
	if (sym->section != SHN_UNDEF && sym->section != SHN_ABS && r->symbol &&
	    !pf->sections[sym->section].is_kpatch)
		return bad(pf, "symbol '%s' is defined in %s, which the patch does not carry",
			   sym->name, pf->sections[sym->section].name);
	if (reloc_target_problem(pf, sec, r, why, sizeof(why)))
		return bad(pf, "%s", why);
	return 0;
}

/* Gathers the relocations of every RELA section onto the section they apply to. */
static int read_relocations(struct patch_file *pf)
{
	const struct elf_file *ef = &pf->elf;
	unsigned i;
	size_t k;
	int ret;

	for (i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];
		size_t n = s->sh_size / sizeof(Elf64_Rela);
		const Elf64_Rela *rela;
		struct patch_section *sec;
		struct patch_reloc *grown;

		if (s->sh_type != SHT_RELA || s->sh_info == 0 || s->sh_info >= pf->nsections ||
		    !pf->sections[s->sh_info].is_kpatch || n == 0)
			continue;
		/* common/elf checked the non-allocated ones; a patch has no others */
		if ((s->sh_flags & SHF_ALLOC) || s->sh_link != ef->symtab_ndx)
			return bad(pf, "relocation section %s does not use the symbol table",
				   pf->sections[i].name);
		rela = (const Elf64_Rela *)(ef->data + s->sh_offset);
		sec = &pf->sections[s->sh_info];
		grown = realloc(sec->relocs, (sec->nrelocs + n) * sizeof(*grown));
		if (!grown)
			return -ENOMEM;
		sec->relocs = grown;
		for (k = 0; k < n; k++) {
			struct patch_reloc *r = &sec->relocs[sec->nrelocs++];

			r->offset = rela[k].r_offset;
			r->type = ELF64_R_TYPE(rela[k].r_info);
			r->symbol = ELF64_R_SYM(rela[k].r_info);
			r->addend = rela[k].r_addend;
			ret = check_reloc(pf, sec, r);
			if (ret)
				return ret;
		}
	}
	return 0;
}

/*
 * The tools keep in a patch only the symbols its relocations name, so an
 * outside symbol (undefined, or resolved to the object's address) that no
 * relocation uses means a relocation table was cut short: code whose
 * references were never filled in must not run.
 */
static int check_imports_used(struct patch_file *pf)
{
	char *used = calloc(pf->nsymbols ? pf->nsymbols : 1, 1);
	int ret = 0;

	if (!used)
		return -ENOMEM;
	for (size_t i = 0; i < pf->nsections; i++)
		for (size_t k = 0; k < pf->sections[i].nrelocs; k++)
			used[pf->sections[i].relocs[k].symbol] = 1;
	for (size_t k = 1; k < pf->nsymbols && !ret; k++) {
		const struct patch_symbol *ps = &pf->symbols[k];

		/* _GLOBAL_OFFSET_TABLE_ is implied by the GOT-relative types */
		if ((ps->section == SHN_UNDEF || (ps->section == SHN_ABS &&
		     (ps->type == STT_FUNC || ps->type == STT_OBJECT))) &&
		    ps->name && ps->name[0] &&
		    strcmp(ps->name, "_GLOBAL_OFFSET_TABLE_") && !used[k])
			ret = bad(pf, "symbol '%s' is needed by no relocation: the relocation "
				  "table was cut short", ps->name);
	}
	free(used);
	return ret;
}

/*
 * The version, the checksum and the signature, before anything else of the
 * file is believed.  A version 1 file has none of them: refused unless
 * TRUST accepts it.
 */
static int check_integrity(struct patch_file *pf, const uint8_t *data, size_t size,
			   const struct patch_trust *trust)
{
	const struct kpatch_file_header *h = (const struct kpatch_file_header *)data;
	uint8_t sum[KPATCH_CHECKSUM_SIZE];
	uint32_t version;
	int ret;

	if (memcmp(data, KPATCH_FILE_MAGIC, sizeof(h->magic)))
		return bad(pf, "no %s magic at the start", KPATCH_FILE_MAGIC);
	memcpy(&version, data + offsetof(struct kpatch_file_header, version), sizeof(version));
	if (version == KPATCH_FILE_VERSION_1) {
		if (!trust || !trust->accept_version_1) {
			pr_warn("%s: format version 1 carries no checksum, signature or proof of fit; rebuild the patch (or force it)\n",
				pf->path);
			return -ERR_INTEGRITY;
		}
		if (trust->require_signature) {
			pr_warn("%s: format version 1 cannot be signed, and a signature is required\n",
				pf->path);
			return -ERR_SIGNATURE;
		}
		/* the fields both versions share, the rest reads as zeros */
		memset(&pf->hdr, 0, sizeof(pf->hdr));
		memcpy(&pf->hdr, data, offsetof(struct kpatch_file_header, rebuilt_build_id));
		return 0;
	}
	if (version != KPATCH_FILE_VERSION)
		return bad(pf, "format version %u, expected %u", version, KPATCH_FILE_VERSION);
	if (size < sizeof(*h))
		return bad(pf, "%zu bytes, shorter than the %zu-byte header", size, sizeof(*h));
	ret = kpatch_crypto_init();
	if (ret)
		return ret;
	kpatch_file_checksum(data, size, sum);
	if (memcmp(sum, h->checksum, sizeof(sum))) {
		pr_warn("%s: checksum mismatch: the file is damaged or was changed after it was built\n",
			pf->path);
		return -ERR_INTEGRITY;
	}
	memcpy(&pf->hdr, data, sizeof(pf->hdr));
	if (!trust || !trust->keys)
		return 0;
	if (!(h->flags & KPATCH_FILE_SIGNED)) {
		if (!trust->require_signature)
			return 0;
		pr_warn("%s: the patch is not signed, and a signature is required\n", pf->path);
		return -ERR_SIGNATURE;
	}
	ret = kpatch_file_verify_signature(data, size, trust->keys, &pf->signer);
	if (ret == -ENOKEY) {
		pr_warn("%s: signed by key %02x%02x%02x%02x%02x%02x%02x%02x, which is not a trusted key\n",
			pf->path, h->key_id[0], h->key_id[1], h->key_id[2], h->key_id[3],
			h->key_id[4], h->key_id[5], h->key_id[6], h->key_id[7]);
		return -ERR_SIGNATURE;
	}
	if (ret == -EBADMSG) {
		pr_warn("%s: the signature does not verify: the file was changed after it was signed\n",
			pf->path);
		return -ERR_SIGNATURE;
	}
	return ret;
}

int patch_file_parse(const char *name, const void *data, size_t size, struct patch_file **out)
{
	return patch_file_parse_trusted(name, data, size, NULL, out);
}

int patch_file_parse_trusted(const char *name, const void *data, size_t size,
			     const struct patch_trust *trust, struct patch_file **out)
{
	struct patch_file *pf;
	int ret;

	*out = NULL;
	pf = calloc(1, sizeof(*pf));
	if (!pf)
		return -ENOMEM;
	pf->path = strdup(name);
	if (!pf->path) {
		free(pf);
		return -ENOMEM;
	}
	if (size < KPATCH_FILE_V1_HEADER_SIZE || size > KPATCH_FILE_MAX) {
		ret = size < KPATCH_FILE_V1_HEADER_SIZE ?
			bad(pf, "%zu bytes, shorter than the %zu-byte header", size, sizeof(pf->hdr)) :
			bad(pf, "%zu bytes, more than %llu", size, KPATCH_FILE_MAX);
		goto fail;
	}
	ret = check_integrity(pf, data, size, trust);
	if (!ret)
		ret = check_header(pf, size);
	if (!ret)
		ret = parse_elf(pf, (const uint8_t *)data + pf->hdr.elf_offset, pf->hdr.elf_size);
	if (!ret)
		ret = read_sections(pf);
	if (!ret)
		ret = read_digests(pf);
	if (!ret)
		ret = read_symbols(pf);
	if (!ret)
		ret = read_relocations(pf);
	if (!ret)
		ret = check_imports_used(pf);
	if (ret)
		goto fail;
	*out = pf;
	return 0;
fail:
	patch_file_free(pf);
	return ret;
}

int patch_file_load(const char *path, struct patch_file **out)
{
	return patch_file_load_trusted(path, NULL, out);
}

int patch_file_load_trusted(const char *path, const struct patch_trust *trust,
			    struct patch_file **out)
{
	struct stat st;
	void *data;
	ssize_t n;
	size_t got = 0;
	int fd, ret;

	*out = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st)) {
		ret = -errno;
		pr_warn("%s: cannot read patch file: %s\n", path, strerror(-ret));
		if (fd >= 0)
			close(fd);
		return -ERR_BAD_PATCH;
	}
	if (!S_ISREG(st.st_mode) || (uint64_t)st.st_size > KPATCH_FILE_MAX) {
		close(fd);
		pr_warn("%s: bad patch file: not a regular file of reasonable size\n", path);
		return -ERR_BAD_PATCH;
	}
	data = malloc(st.st_size ? st.st_size : 1);
	if (!data) {
		close(fd);
		return -ENOMEM;
	}
	while (got < (size_t)st.st_size) {
		n = read(fd, (char *)data + got, st.st_size - got);
		if (n <= 0) {
			ret = n ? -errno : -EIO;
			pr_warn("%s: cannot read patch file: %s\n", path, strerror(-ret));
			free(data);
			close(fd);
			return -ERR_BAD_PATCH;
		}
		got += n;
	}
	close(fd);
	ret = patch_file_parse_trusted(path, data, got, trust, out);
	free(data);
	return ret;
}

void patch_file_free(struct patch_file *pf)
{
	if (!pf)
		return;
	for (unsigned i = 0; pf->sections && i < pf->nsections; i++)
		free(pf->sections[i].relocs);
	free(pf->sections);
	free(pf->symbols);
	free(pf->digests_copy);
	elf_free(&pf->elf);
	free(pf->path);
	free(pf);
}

const char *patch_id(const struct patch_file *pf)
{
	return pf->hdr.patch_id[0] ? pf->hdr.patch_id : "(no id)";
}
