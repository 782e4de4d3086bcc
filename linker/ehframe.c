/*
 * The patch's unwind information.  The linked patched binary's .eh_frame
 * describes every function, the patch's new ones among them; kpatch_strip
 * --strip keeps the records of the code in .kpatch sections as a section
 * of their own, so that the doctor can load it into the region and the
 * patient's unwinder (backtrace(), C++ exceptions) can walk through patch
 * frames:
 *
 *   .eh_frame:         CIE  FDE(main)  FDE(report.kpatch)  FDE(_start) ...
 *   .kpatch.eh_frame:  CIE  FDE(report.kpatch)  0-terminator
 *                      pc_begin: R_X86_64_PC32 .kpatch.text + offset
 *
 * Only what GCC emits for C is carried: pc_begin encoded pcrel|sdata4 and
 * no personality routine or LSDA (those name data outside the patch); other
 * records are left out with a warning naming the function.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "linker/strip.h"

#define DW_EH_PE_pcrel_sdata4	0x1b
#define KPATCH_EH_FRAME		".kpatch.eh_frame"
#define KPATCH_EH_FRAME_RELA	".rela.kpatch.eh_frame"

/* One CIE of .eh_frame as far as carrying its FDEs goes. */
struct cie_info {
	uint64_t offset;	/* in .eh_frame */
	int usable;		/* pcrel sdata4 FDEs, no personality, no LSDA */
	int has_z;		/* FDEs carry an augmentation length */
	uint64_t new_offset;	/* in .kpatch.eh_frame, or UINT64_MAX */
};

struct frame_builder {
	const struct elf_file *ef;
	const unsigned char *eh;	/* .eh_frame bytes */
	size_t size;
	uint64_t addr;			/* its sh_addr */
	struct cie_info *cies;
	size_t ncies, cies_cap;
	unsigned char *out;
	size_t out_size, out_cap;
	Elf64_Rela *relas;
	size_t nrelas, relas_cap;
};

static int read_uleb(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	unsigned shift = 0;

	*v = 0;
	while (*p < end && shift < 64) {
		unsigned char b = *(*p)++;

		*v |= (uint64_t)(b & 0x7f) << shift;
		if (!(b & 0x80))
			return 0;
		shift += 7;
	}
	return -EINVAL;
}

/* Reads the CIE at OFF (its length LEN past the length field). */
static int parse_cie(struct frame_builder *b, uint64_t off, uint32_t len, struct cie_info *c)
{
	const unsigned char *p = b->eh + off + 8, *end = b->eh + off + 4 + len;
	const char *aug;
	uint64_t v;
	unsigned char version;

	memset(c, 0, sizeof(*c));
	c->offset = off;
	c->new_offset = UINT64_MAX;
	if (p >= end)
		return -EINVAL;
	version = *p++;
	aug = (const char *)p;
	p = memchr(p, '\0', end - p);
	if (!p)
		return -EINVAL;
	p++;
	if (read_uleb(&p, end, &v) || read_uleb(&p, end, &v))	/* code and data alignment */
		return -EINVAL;
	if (version == 1)
		p++;
	else if (read_uleb(&p, end, &v))
		return -EINVAL;
	if (aug[0] != 'z')
		return 0;	/* no augmentation: absolute pointers, not carried */
	c->has_z = 1;
	if (read_uleb(&p, end, &v))
		return -EINVAL;
	c->usable = 1;
	for (const char *a = aug + 1; *a; a++) {
		if (*a == 'R' && p < end && *p == DW_EH_PE_pcrel_sdata4)
			p++;
		else if (*a != 'S')
			c->usable = 0;	/* P, L, an unusual encoding */
	}
	return 0;
}

static int grow(void **buf, size_t *cap, size_t need, size_t elem)
{
	void *n;

	if (need <= *cap)
		return 0;
	n = realloc(*buf, (need * 2) * elem);
	if (!n)
		return -ENOMEM;
	*buf = n;
	*cap = need * 2;
	return 0;
}

static int append(struct frame_builder *b, const void *data, size_t len)
{
	if (grow((void **)&b->out, &b->out_cap, b->out_size + len, 1))
		return -ENOMEM;
	memcpy(b->out + b->out_size, data, len);
	b->out_size += len;
	return 0;
}

/* The executable .kpatch section holding link-time address PC, or 0. */
static unsigned kpatch_code_section(const struct elf_file *ef, uint64_t pc)
{
	for (unsigned i = 1; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		if ((s->sh_flags & SHF_EXECINSTR) && elf_is_kpatch_section(ef, i) &&
		    pc >= s->sh_addr && pc - s->sh_addr < s->sh_size)
			return i;
	}
	return 0;
}

static size_t section_symbol(const struct elf_file *ef, unsigned sec)
{
	for (size_t k = 1; k < ef->nsyms; k++)
		if (ELF64_ST_TYPE(ef->syms[k].st_info) == STT_SECTION && elf_symbol_shndx(ef, k) == sec)
			return k;
	return 0;
}

/* The name of the function at PC, for messages. */
static const char *function_at(const struct elf_file *ef, uint64_t pc)
{
	for (size_t k = 1; k < ef->nsyms; k++)
		if (ELF64_ST_TYPE(ef->syms[k].st_info) == STT_FUNC && ef->syms[k].st_value == pc)
			return elf_symbol_name(ef, k);
	return "a function of the patch";
}

static struct cie_info *find_cie(struct frame_builder *b, uint64_t off)
{
	for (size_t i = 0; i < b->ncies; i++)
		if (b->cies[i].offset == off)
			return &b->cies[i];
	return NULL;
}

/* Carries the FDE at OFF when it describes patch code. */
static int carry_fde(struct frame_builder *b, uint64_t off, uint32_t len)
{
	const unsigned char *rec = b->eh + off;
	uint32_t cie_ptr, new_ptr;
	int32_t rel;
	uint64_t pc;
	unsigned sec;
	size_t sym, at;
	struct cie_info *c;
	int ret;

	if (len < 12)
		return -EINVAL;
	memcpy(&cie_ptr, rec + 4, 4);
	memcpy(&rel, rec + 8, 4);
	if (cie_ptr > off + 4)
		return -EINVAL;
	c = find_cie(b, off + 4 - cie_ptr);
	if (!c || !c->has_z)
		return 0;	/* unknown or no-augmentation CIE: not an FDE for GCC's code */
	/* every usable CIE says pcrel sdata4; others are read the same way to name them */
	pc = b->addr + off + 8 + (int64_t)rel;
	sec = kpatch_code_section(b->ef, pc);
	if (!sec)
		return 0;
	sym = section_symbol(b->ef, sec);
	if (!c->usable || !sym) {
		pr_notice("%s: the unwind information of '%s' is not carried (%s): backtraces "
			  "and exceptions stop at its frames\n", b->ef->path, function_at(b->ef, pc),
			  sym ? "it names a personality routine or an unusual encoding" :
				"no section symbol");
		return 0;
	}
	if (c->new_offset == UINT64_MAX) {
		uint32_t cie_len;

		memcpy(&cie_len, b->eh + c->offset, 4);
		c->new_offset = b->out_size;
		ret = append(b, b->eh + c->offset, 4 + (size_t)cie_len);
		if (ret)
			return ret;
	}
	at = b->out_size;
	ret = append(b, rec, 4 + (size_t)len);
	if (ret)
		return ret;
	new_ptr = (uint32_t)(at + 4 - c->new_offset);
	memcpy(b->out + at + 4, &new_ptr, 4);
	memset(b->out + at + 8, 0, 4);
	if (grow((void **)&b->relas, &b->relas_cap, b->nrelas + 1, sizeof(*b->relas)))
		return -ENOMEM;
	/* r_offset at the link-time address the new section claims: .eh_frame's */
	b->relas[b->nrelas++] = (Elf64_Rela){
		.r_offset = b->addr + at + 8,
		.r_info = ELF64_R_INFO(sym, R_X86_64_PC32),
		.r_addend = (int64_t)(pc - b->ef->shdrs[sec].sh_addr),
	};
	return 0;
}

/* Walks .eh_frame: first every CIE, then the FDEs of patch code. */
static int walk(struct frame_builder *b)
{
	for (int pass = 0; pass < 2; pass++) {
		uint64_t off = 0;

		while (off + 4 <= b->size) {
			uint32_t len, id;
			int ret = 0;

			memcpy(&len, b->eh + off, 4);
			if (len == 0)
				break;
			if (len == 0xffffffff || len < 4 || len > b->size - off - 4) {
				pr_warn("%s: .eh_frame record at 0x%llx is malformed\n", b->ef->path,
					(unsigned long long)off);
				return -EINVAL;
			}
			memcpy(&id, b->eh + off + 4, 4);
			if (id == 0 && pass == 0) {
				if (grow((void **)&b->cies, &b->cies_cap, b->ncies + 1, sizeof(*b->cies)))
					return -ENOMEM;
				ret = parse_cie(b, off, len, &b->cies[b->ncies]);
				b->ncies++;
			} else if (id != 0 && pass == 1) {
				ret = carry_fde(b, off, len);
			}
			if (ret) {
				if (ret == -EINVAL)
					pr_warn("%s: .eh_frame record at 0x%llx is malformed\n",
						b->ef->path, (unsigned long long)off);
				return ret;
			}
			off += 4 + (uint64_t)len;
		}
	}
	return 0;
}

void unwind_extra_free(struct unwind_extra *u)
{
	free(u->frame);
	free(u->relas);
	free(u->shstrtab);
	memset(u, 0, sizeof(*u));
}

int unwind_extract(const struct elf_file *ef, struct unwind_extra *u)
{
	struct frame_builder b = { .ef = ef };
	const Elf64_Shdr *eh;
	size_t names = ef->shstrtab_size;
	int i, ret;
	static const uint32_t terminator;

	memset(u, 0, sizeof(*u));
	i = elf_find_section(ef, ".eh_frame");
	if (i <= 0 || elf_find_section(ef, KPATCH_EH_FRAME) != 0 || !ef->symtab_ndx)
		return 0;	/* none, already carried, or nothing to point with */
	eh = &ef->shdrs[i];
	if (eh->sh_type != SHT_PROGBITS)
		return 0;
	b.eh = ef->data + eh->sh_offset;
	b.size = eh->sh_size;
	b.addr = eh->sh_addr;
	ret = walk(&b);
	free(b.cies);
	b.cies = NULL;
	ret = !ret && b.nrelas ? append(&b, &terminator, sizeof(terminator)) : ret;
	if (ret || !b.nrelas) {
		free(b.out);
		free(b.relas);
		return ret;
	}
	u->shstrtab = malloc(names + sizeof(KPATCH_EH_FRAME) + sizeof(KPATCH_EH_FRAME_RELA));
	if (!u->shstrtab) {
		free(b.out);
		free(b.relas);
		return -ENOMEM;
	}
	memcpy(u->shstrtab, ef->shstrtab, names);
	memcpy(u->shstrtab + names, KPATCH_EH_FRAME, sizeof(KPATCH_EH_FRAME));
	memcpy(u->shstrtab + names + sizeof(KPATCH_EH_FRAME), KPATCH_EH_FRAME_RELA,
	       sizeof(KPATCH_EH_FRAME_RELA));
	u->shstrtab_size = names + sizeof(KPATCH_EH_FRAME) + sizeof(KPATCH_EH_FRAME_RELA);
	u->frame = b.out;
	u->frame_size = b.out_size;
	u->relas = b.relas;
	u->nrelas = b.nrelas;
	u->shdrs[0] = (Elf64_Shdr){ .sh_name = (Elf64_Word)names, .sh_type = SHT_PROGBITS,
		.sh_flags = SHF_ALLOC, .sh_addr = b.addr, .sh_addralign = 8 };
	u->shdrs[1] = (Elf64_Shdr){ .sh_name = (Elf64_Word)(names + sizeof(KPATCH_EH_FRAME)),
		.sh_type = SHT_RELA, .sh_flags = SHF_INFO_LINK, .sh_link = ef->symtab_ndx,
		.sh_info = ef->shnum, .sh_addralign = 8, .sh_entsize = sizeof(Elf64_Rela) };
	u->n = 2;
	return 0;
}
