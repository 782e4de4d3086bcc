/*
 * The shipped-binary check of kpatch_build --match: the rebuild's loaded
 * image must be the shipped one byte for byte, the BuildID note aside
 * (its hash covers the detached debug info, which differs between builds).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/errors.h"
#include "common/log.h"
#include "linker/build.h"
#include "linker/match.h"

#define BUILD_ID_SECTION	".note.gnu.build-id"

static int differs(const struct elf_file *rebuilt, const struct elf_file *shipped,
		   const char *what, const char *detail)
{
	pr_warn("%s: does not match the shipped %s: %s differs%s%s\n", rebuilt->path,
		shipped->path, what, detail ? " " : "", detail ? detail : "");
	return -ERR_MISMATCH;
}

/* The allocated sections of EF in index order; returns how many. */
static unsigned alloc_sections(const struct elf_file *ef, unsigned *out)
{
	unsigned i, n = 0;

	for (i = 1; i < ef->shnum; i++)
		if (ef->shdrs[i].sh_flags & SHF_ALLOC)
			out[n++] = i;
	return n;
}

static int match_headers(const struct elf_file *rebuilt, const struct elf_file *shipped)
{
	const Elf64_Ehdr *r = rebuilt->ehdr, *s = shipped->ehdr;
	size_t size;

	if (r->e_type != s->e_type || r->e_entry != s->e_entry || r->e_phnum != s->e_phnum ||
	    r->e_phentsize != s->e_phentsize)
		return differs(rebuilt, shipped, "the ELF header", "(type, entry or program headers)");
	size = (size_t)r->e_phnum * r->e_phentsize;
	if (r->e_phoff > rebuilt->size || size > rebuilt->size - r->e_phoff ||
	    s->e_phoff > shipped->size || size > shipped->size - s->e_phoff)
		return differs(rebuilt, shipped, "the program header table", "(out of the file)");
	if (memcmp(rebuilt->data + r->e_phoff, shipped->data + s->e_phoff, size))
		return differs(rebuilt, shipped, "the program header table", NULL);
	return 0;
}

/* The section's place in the layout: name, type, flags, size. */
static int match_section_shape(const struct elf_file *rebuilt, unsigned ri,
			       const struct elf_file *shipped, unsigned si)
{
	const Elf64_Shdr *r = &rebuilt->shdrs[ri], *s = &shipped->shdrs[si];
	const char *name = elf_section_name(rebuilt, ri);

	if (strcmp(name, elf_section_name(shipped, si)))
		return differs(rebuilt, shipped, name, "(the shipped file has another section there)");
	if (r->sh_type != s->sh_type || r->sh_flags != s->sh_flags)
		return differs(rebuilt, shipped, name, "(type or flags)");
	if (r->sh_size != s->sh_size) {
		char detail[96];

		snprintf(detail, sizeof(detail), "(size 0x%llx, shipped 0x%llx)",
			 (unsigned long long)r->sh_size, (unsigned long long)s->sh_size);
		return differs(rebuilt, shipped, name, detail);
	}
	return 0;
}

/* Where it loads and its bytes, the BuildID note's excepted. */
static int match_section_bytes(const struct elf_file *rebuilt, unsigned ri,
			       const struct elf_file *shipped, unsigned si)
{
	const Elf64_Shdr *r = &rebuilt->shdrs[ri], *s = &shipped->shdrs[si];
	const char *name = elf_section_name(rebuilt, ri);
	const unsigned char *rb, *sb;
	char detail[96];
	size_t k;

	if (r->sh_addr != s->sh_addr)
		return differs(rebuilt, shipped, name, "(address)");
	if (r->sh_type == SHT_NOBITS || !strcmp(name, BUILD_ID_SECTION))
		return 0;
	rb = rebuilt->data + r->sh_offset;
	sb = shipped->data + s->sh_offset;
	if (!memcmp(rb, sb, r->sh_size))
		return 0;
	for (k = 0; rb[k] == sb[k]; k++)
		;
	snprintf(detail, sizeof(detail), "(first at byte 0x%zx, address 0x%llx)", k,
		 (unsigned long long)(r->sh_addr + k));
	return differs(rebuilt, shipped, name, detail);
}

int match_shipped(const struct elf_file *rebuilt, const struct elf_file *shipped)
{
	unsigned *rs, *ss, rn, sn, i;
	int ret = 0;

	rs = calloc(rebuilt->shnum + 1, sizeof(*rs));
	ss = calloc(shipped->shnum + 1, sizeof(*ss));
	if (!rs || !ss) {
		free(rs);
		free(ss);
		pr_warn("%s: out of memory\n", rebuilt->path);
		return -ENOMEM;
	}
	rn = alloc_sections(rebuilt, rs);
	sn = alloc_sections(shipped, ss);
	/*
	 * Shapes first: a section that grew moves those after it and changes
	 * the addresses in the ones before (.rela.dyn), and is the one to name.
	 */
	for (i = 0; !ret && i < rn && i < sn; i++)
		ret = match_section_shape(rebuilt, rs[i], shipped, ss[i]);
	if (!ret && rn != sn)
		ret = differs(rebuilt, shipped,
			      i < rn ? elf_section_name(rebuilt, rs[i]) : elf_section_name(shipped, ss[i]),
			      i < rn ? "(missing from the shipped file)" : "(missing from the rebuild)");
	for (i = 0; !ret && i < rn; i++)
		ret = match_section_bytes(rebuilt, rs[i], shipped, ss[i]);
	free(rs);
	free(ss);
	/* after the sections: a change there shifts the headers too, and is the news */
	return ret ? ret : match_headers(rebuilt, shipped);
}

int match_shipped_file(const struct elf_file *rebuilt, const char *rebuilt_path,
		       const char *shipped_path, char *shipped_id, char *rebuilt_id, size_t size)
{
	struct elf_file own, shipped;
	int ret;

	if (!rebuilt) {
		ret = elf_load(rebuilt_path, &own);
		if (ret)
			return ret;
		rebuilt = &own;
	}
	ret = elf_load(shipped_path, &shipped);
	if (!ret) {
		ret = match_shipped(rebuilt, &shipped);
		if (!ret)
			ret = read_build_id(&shipped, shipped_id, size);
		if (!ret)
			ret = read_build_id(rebuilt, rebuilt_id, size);
		elf_free(&shipped);
	}
	if (rebuilt == &own)
		elf_free(&own);
	return ret;
}
