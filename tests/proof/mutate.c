/*
 * The mutation generator of the proof tests: changes one piece of a patch
 * file's metadata (a header field, a section header, a symbol, a
 * relocation, a .kpatch.info field), then makes its checksum right again,
 * and its signature with a key, so that the doctor's checks of meaning are
 * what must refuse it.  The new code's bytes are left alone: a signature
 * is what covers those.
 *
 * usage: proof_mutate IN OUT SEED [KEYFILE]   one mutation, described on stdout
 *        proof_mutate --reseal IN OUT [KEYFILE]  flip no bit, reseal (and sign)
 *        proof_mutate --tamper IN OUT         change a code byte, keep the signature
 *        proof_mutate --v1 IN OUT             the same patch as a version 1 file
 */
#include <elf.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/sign.h"
#include "common/kpatch_file.h"

static uint8_t *file;
static size_t size;

/* A tiny generator of our own: the sequence is the same on every libc. */
static uint64_t rng;

static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static int read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		return -1;
	size = n;
	file = malloc(size + 1);
	if (!file || fread(file, 1, size, f) != size)
		return -1;
	fclose(f);
	return 0;
}

static int write_file(const char *path, const uint8_t *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, len, f) != len)
		return -1;
	return fclose(f);
}

/* A new value for an integer field: small steps, bit flips, extremes. */
static uint64_t mutate_value(uint64_t v, unsigned width)
{
	static const int64_t steps[] = { 1, -1, 2, -2, 3, -3, 4, -4, 8, -8, 16, -16, 64, -64 };
	uint64_t mask = width >= 8 ? ~0ULL : (1ULL << (8 * width)) - 1;

	switch (next() % 6) {
	case 0:
	case 1:
		v += steps[next() % (sizeof(steps) / sizeof(steps[0]))];
		break;
	case 2:
		v ^= 1ULL << (next() % (8 * width));
		break;
	case 3:
		v = 0;
		break;
	case 4:
		v = ((uint64_t)next() << 32 | next());
		break;
	default:
		v = next() % 64;
		break;
	}
	return v & mask;
}

static void mutate_field(uint8_t *p, unsigned width)
{
	uint64_t v = 0;

	memcpy(&v, p, width);
	v = mutate_value(v, width);
	memcpy(p, &v, width);
}

struct image {
	uint8_t *base;
	Elf64_Ehdr *eh;
	Elf64_Shdr *sh;
	const char *names;
};

static const char *section_name(const struct image *im, unsigned i)
{
	return im->names + im->sh[i].sh_name;
}

static int find(const struct image *im, unsigned type, const char *name)
{
	for (unsigned i = 1; i < im->eh->e_shnum; i++)
		if ((!type || im->sh[i].sh_type == type) &&
		    (!name || !strcmp(section_name(im, i), name)))
			return i;
	return -1;
}

static void mutate_header(void)
{
	struct kpatch_file_header *h = (struct kpatch_file_header *)file;

	switch (next() % 10) {
	case 0:
		printf("header version");
		mutate_field((uint8_t *)&h->version, 4);
		break;
	case 1:
		printf("header size");
		mutate_field((uint8_t *)&h->header_size, 4);
		break;
	case 2:
		printf("header build id");
		h->build_id[next() % 41] = "0123456789abcdef\0G"[next() % 18];
		break;
	case 3:
		printf("header patch id");
		h->patch_id[next() % 6] = (char)(next() % 128);
		break;
	case 4:
		printf("header object name");
		h->object_name[next() % 8] = (char)(next() % 256);
		break;
	case 5:
		printf("header patchlevel");
		mutate_field((uint8_t *)&h->patchlevel, 4);
		break;
	case 6:
		printf("header flags");
		mutate_field((uint8_t *)&h->flags, 4);
		break;
	case 7:
		printf("header elf offset");
		mutate_field((uint8_t *)&h->elf_offset, 8);
		break;
	case 8:
		printf("header elf size");
		mutate_field((uint8_t *)&h->elf_size, 8);
		break;
	default:
		printf("header rebuilt build id");
		h->rebuilt_build_id[next() % 4] = "0123456789abcdef\0G"[next() % 18];
		break;
	}
}

static void mutate_section(struct image *im)
{
	unsigned i = 1 + next() % (im->eh->e_shnum - 1);
	Elf64_Shdr *s;

	/* the patch's own sections and their relocations most of the time */
	for (int tries = 0; tries < 20 && (next() % 4); tries++) {
		if (!strncmp(section_name(im, i), ".kpatch", 7) ||
		    !strncmp(section_name(im, i), ".rela.kpatch", 12) || im->sh[i].sh_type == SHT_SYMTAB)
			break;
		i = 1 + next() % (im->eh->e_shnum - 1);
	}
	s = &im->sh[i];
	printf("section %s ", section_name(im, i));
	switch (next() % 8) {
	case 0:
		printf("type");
		s->sh_type = (next() & 1) ? mutate_value(s->sh_type, 4) : next() % 20;
		break;
	case 1:
	case 2:
		printf("flags");
		s->sh_flags ^= (uint64_t[]){ SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR, SHF_TLS,
					     SHF_MERGE }[next() % 5];
		break;
	case 3:
	case 4:
		printf("size");
		mutate_field((uint8_t *)&s->sh_size, 8);
		break;
	case 5:
		printf("alignment");
		s->sh_addralign = (next() & 1) ? 1ULL << (next() % 16) : mutate_value(s->sh_addralign, 8);
		break;
	case 6:
		printf("offset");
		mutate_field((uint8_t *)&s->sh_offset, 8);
		break;
	default:
		printf((next() & 1) ? "link" : "info");
		mutate_field((uint8_t *)((next() & 1) ? &s->sh_link : &s->sh_info), 4);
		break;
	}
}

static void mutate_symbol(struct image *im)
{
	int t = find(im, SHT_SYMTAB, NULL);
	Elf64_Sym *syms;
	size_t n, k;

	if (t < 0 || im->sh[t].sh_size < 2 * sizeof(Elf64_Sym))
		return;
	syms = (Elf64_Sym *)(im->base + im->sh[t].sh_offset);
	n = im->sh[t].sh_size / sizeof(*syms);
	k = 1 + next() % (n - 1);
	printf("symbol %zu ", k);
	switch (next() % 5) {
	case 0:
	case 1:
		printf("value");
		mutate_field((uint8_t *)&syms[k].st_value, 8);
		break;
	case 2:
		printf("section");
		syms[k].st_shndx = (next() & 1) ? next() % im->eh->e_shnum :
			(uint16_t)mutate_value(syms[k].st_shndx, 2);
		break;
	case 3:
		printf("type/binding");
		syms[k].st_info = (next() & 1) ? ELF64_ST_INFO(ELF64_ST_BIND(syms[k].st_info), next() % 11) :
			(unsigned char)next();
		break;
	default:
		printf("size");
		mutate_field((uint8_t *)&syms[k].st_size, 8);
		break;
	}
}

static void mutate_relocation(struct image *im)
{
	unsigned cand[64], nc = 0;
	Elf64_Rela *r;
	size_t n, k;
	unsigned i;

	for (i = 1; i < im->eh->e_shnum && nc < 64; i++)
		if (im->sh[i].sh_type == SHT_RELA && im->sh[i].sh_size >= sizeof(Elf64_Rela) &&
		    !strncmp(section_name(im, i), ".rela.kpatch", 12))
			cand[nc++] = i;
	if (!nc)
		return;
	i = cand[next() % nc];
	r = (Elf64_Rela *)(im->base + im->sh[i].sh_offset);
	n = im->sh[i].sh_size / sizeof(*r);
	k = next() % n;
	printf("relocation %s[%zu] ", section_name(im, i), k);
	switch (next() % 4) {
	case 0:
		printf("offset");
		mutate_field((uint8_t *)&r[k].r_offset, 8);
		break;
	case 1:
		printf("type");
		r[k].r_info = ELF64_R_INFO(ELF64_R_SYM(r[k].r_info),
					   (next() & 1) ? next() % 43 : (uint32_t)mutate_value(ELF64_R_TYPE(r[k].r_info), 4));
		break;
	case 2:
		printf("symbol");
		r[k].r_info = ELF64_R_INFO((uint32_t)mutate_value(ELF64_R_SYM(r[k].r_info), 1),
					   ELF64_R_TYPE(r[k].r_info));
		break;
	default:
		printf("addend");
		mutate_field((uint8_t *)&r[k].r_addend, 8);
		break;
	}
}

static void mutate_info(struct image *im)
{
	int i = find(im, 0, ".kpatch.info");
	size_t n;

	if (i < 0 || im->sh[i].sh_size < sizeof(struct kpatch_info_entry))
		return;
	n = im->sh[i].sh_size / 8;
	n = next() % n;
	printf(".kpatch.info quad %zu", n);
	mutate_field(im->base + im->sh[i].sh_offset + 8 * n, 8);
}

static int open_image(struct image *im)
{
	const struct kpatch_file_header *h = (const struct kpatch_file_header *)file;

	if (size < sizeof(*h) + sizeof(Elf64_Ehdr))
		return -1;
	im->base = file + sizeof(*h);
	im->eh = (Elf64_Ehdr *)im->base;
	if (im->eh->e_shoff + (uint64_t)im->eh->e_shnum * sizeof(Elf64_Shdr) > size - sizeof(*h))
		return -1;
	im->sh = (Elf64_Shdr *)(im->base + im->eh->e_shoff);
	im->names = (const char *)im->base + im->sh[im->eh->e_shstrndx].sh_offset;
	return 0;
}

static int seal(const char *keyfile)
{
	struct kpatch_secret_key key;

	if (kpatch_crypto_init())
		return -1;
	if (keyfile && kpatch_secret_key_load(keyfile, &key))
		return -1;
	return kpatch_file_seal(file, size, keyfile ? &key : NULL);
}

/* The patch as kpatch_make wrote it before version 2. */
static int write_v1(const char *out)
{
	size_t image = size - sizeof(struct kpatch_file_header);
	uint8_t *v1 = calloc(1, KPATCH_FILE_V1_HEADER_SIZE + image);
	uint32_t version = KPATCH_FILE_VERSION_1, hsize = KPATCH_FILE_V1_HEADER_SIZE;
	uint64_t off = KPATCH_FILE_V1_HEADER_SIZE;

	if (!v1)
		return -1;
	memcpy(v1, file, offsetof(struct kpatch_file_header, rebuilt_build_id));
	memcpy(v1 + offsetof(struct kpatch_file_header, version), &version, 4);
	memcpy(v1 + offsetof(struct kpatch_file_header, header_size), &hsize, 4);
	memcpy(v1 + offsetof(struct kpatch_file_header, flags), "\0\0\0\0", 4);
	memcpy(v1 + offsetof(struct kpatch_file_header, elf_offset), &off, 8);
	memcpy(v1 + KPATCH_FILE_V1_HEADER_SIZE, file + sizeof(struct kpatch_file_header), image);
	return write_file(out, v1, KPATCH_FILE_V1_HEADER_SIZE + image);
}

int main(int argc, char **argv)
{
	struct image im;

	if (argc >= 4 && !strcmp(argv[1], "--reseal")) {
		if (read_file(argv[2]) || seal(argc > 4 ? argv[4] : NULL))
			return 1;
		return write_file(argv[3], file, size) ? 1 : 0;
	}
	if (argc == 4 && !strcmp(argv[1], "--tamper")) {
		int text;

		if (read_file(argv[2]) || open_image(&im) || (text = find(&im, 0, ".kpatch.text")) < 0)
			return 1;
		im.base[im.sh[text].sh_offset] ^= 0x01;
		/* the checksum is made right again; the signature is left as it was */
		kpatch_crypto_init();
		kpatch_file_checksum(file, size, ((struct kpatch_file_header *)file)->checksum);
		return write_file(argv[3], file, size) ? 1 : 0;
	}
	if (argc == 4 && !strcmp(argv[1], "--v1"))
		return read_file(argv[2]) || write_v1(argv[3]) ? 1 : 0;
	if (argc < 4 || argc > 5) {
		fprintf(stderr, "usage: proof_mutate IN OUT SEED [KEYFILE]\n");
		return 2;
	}
	if (read_file(argv[1]) || open_image(&im)) {
		fprintf(stderr, "proof_mutate: cannot read %s\n", argv[1]);
		return 1;
	}
	rng = strtoull(argv[3], NULL, 10) * 0x9e3779b97f4a7c15ULL + 1;
	for (int i = 0; i < 4; i++)
		next();
	switch (next() % 10) {
	case 0:
		mutate_header();
		break;
	case 1:
	case 2:
		mutate_section(&im);
		break;
	case 3:
	case 4:
		mutate_symbol(&im);
		break;
	case 5:
	case 6:
	case 7:
		mutate_relocation(&im);
		break;
	default:
		mutate_info(&im);
		break;
	}
	printf("\n");
	if (seal(argc == 5 ? argv[4] : NULL))
		return 1;
	return write_file(argv[2], file, size) ? 1 : 0;
}
