/*
 * The patch file parser on good, truncated, corrupted and bit-flipped input,
 * and the layout and relocation of the fixture patch (fixture.s) against the
 * real libc.  Corrupted files must give an error, never a crash; files the
 * parser accepts are pushed through relocation too.
 *
 * usage: test_patchfile FIXTURE.o
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/kpatch/sign.h"
#include "tests/check.h"
#include "doctor/errors.h"
#include "doctor/patchfile.h"
#include "doctor/relocate.h"
#include "doctor/symbols.h"

#define BASE_LOW	0x10000000ULL

static uint8_t *file;
static size_t file_size;
static struct object target, libc;
static struct object_set set;

static int read_fixture(const char *path)
{
	struct kpatch_file_header h;
	struct stat st;
	int fd = open(path, O_RDONLY);

	if (fd < 0 || fstat(fd, &st))
		return -1;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, KPATCH_FILE_MAGIC, sizeof(h.magic));
	h.version = KPATCH_FILE_VERSION;
	h.header_size = sizeof(h);
	strcpy(h.build_id, "0123456789abcdef0123456789abcdef01234567");
	strcpy(h.patch_id, "0001");
	strcpy(h.object_name, "prog");
	h.elf_offset = sizeof(h);
	h.elf_size = st.st_size;
	file_size = sizeof(h) + st.st_size;
	file = malloc(file_size);
	memcpy(file, &h, sizeof(h));
	if (read(fd, file + sizeof(h), st.st_size) != st.st_size)
		return -1;
	close(fd);
	return kpatch_crypto_init() || kpatch_file_seal(file, file_size, NULL);
}

static unsigned section(const struct patch_file *pf, const char *name)
{
	for (unsigned i = 0; i < pf->nsections; i++)
		if (!strcmp(pf->sections[i].name, name))
			return i;
	return 0;
}

static uint32_t u32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint64_t u64(const uint8_t *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void test_good(void)
{
	struct resolved_symbol printf_sym;
	struct patch_file *pf;
	struct patch_image img;
	uint64_t text, data, bss, call_target;
	const uint8_t *code;

	CHECK(patch_file_parse("fixture", file, file_size, &pf) == 0);
	if (!pf)
		return;
	CHECK(!strcmp(patch_id(pf), "0001"));
	CHECK(image_prepare(&img, pf, &target, &set, NULL) == 0);
	CHECK(img.need_low == 1);
	CHECK(img.nfuncs == 1);
	CHECK(img.exec_size % 4096 == 0 && img.size % 4096 == 0 && img.exec_size < img.size);
	CHECK(image_relocate(&img, BASE_LOW) == 0);
	text = img.sec_off[section(pf, ".kpatch.text")];
	data = img.sec_off[section(pf, ".kpatch.data")];
	bss = img.sec_off[section(pf, ".kpatch.bss")];
	CHECK(text >= img.record_size && text < img.exec_size);
	CHECK(data >= img.exec_size && bss >= img.exec_size);
	code = img.buf + text;
	/* movl $.LC0, %edi */
	CHECK(code[0] == 0xbf && u32(code + 1) == BASE_LOW + data);
	/* leaq .LC0(%rip), %rsi: 7 bytes at 5 */
	CHECK(BASE_LOW + text + 12 + (int32_t)u32(code + 8) == BASE_LOW + data);
	/* movq counter@GOTPCREL(%rip), %rax: the slot holds counter's address */
	{
		uint64_t slot = text + 19 + (int32_t)u32(code + 15);

		CHECK(slot >= img.exec_size && slot + 8 <= img.size);
		CHECK(u64(img.buf + slot) == BASE_LOW + bss);
	}
	/* call printf: into the jump table, which jumps to libc's printf */
	CHECK(code[19] == 0xe8);
	call_target = text + 24 + (int32_t)u32(code + 20);
	CHECK(call_target < img.exec_size);
	CHECK(img.buf[call_target] == 0xff && img.buf[call_target + 1] == 0x25);
	CHECK(object_find_symbol(&libc, "printf", &printf_sym) == 0);
	CHECK(u64(img.buf + call_target + 6) == printf_sym.addr);
	/* the function to redirect */
	CHECK(img.funcs[0].old_addr == 0x1126 && img.funcs[0].old_size == 16);
	CHECK(img.funcs[0].new_addr == BASE_LOW + text);
	CHECK(img.funcs[0].new_size == 25);
	CHECK(!strcmp(img.funcs[0].name, "foo"));
	/* R_X86_64_32 into a region above 4 GiB cannot work */
	CHECK(image_relocate(&img, 0x7f0000000000ULL) == -ERR_UNSUPPORTED);
	image_free(&img);
	patch_file_free(pf);
}

static void test_missing_symbol(void)
{
	struct object_set empty = { .pid = 1 };
	struct patch_file *pf;
	struct patch_image img;

	CHECK(patch_file_parse("fixture", file, file_size, &pf) == 0);
	if (!pf)
		return;
	CHECK(image_prepare(&img, pf, &target, &empty, NULL) == -ERR_NO_SYMBOL);
	patch_file_free(pf);
}

/* A changed copy gets its checksum again, so that it reaches the checks after it. */
static void reseal(uint8_t *data, size_t size)
{
	if (size >= sizeof(struct kpatch_file_header))
		kpatch_file_seal(data, size, NULL);
}

static int parse(const uint8_t *data, size_t size)
{
	struct patch_file *pf;
	int ret = patch_file_parse("corrupt", data, size, &pf);

	CHECK(ret == 0 || ret == -ERR_BAD_PATCH || ret == -ERR_INTEGRITY);
	CHECK(!ret == !!pf);
	if (!ret) {
		struct patch_image img;
		int r = image_prepare(&img, pf, &target, &set, NULL);

		CHECK(r <= 0);
		if (!r) {
			CHECK(image_relocate(&img, BASE_LOW) <= 0);
			image_free(&img);
		}
	}
	patch_file_free(pf);
	return ret;
}

static void test_truncated(void)
{
	for (size_t len = 0; len < file_size; len++) {
		int ret = parse(file, len);

		CHECK(ret == -ERR_BAD_PATCH || ret == -ERR_INTEGRITY);
	}
}

/* The checksum, the version and the proof of fit are required. */
static void test_integrity(void)
{
	uint8_t *copy = malloc(file_size);
	struct kpatch_file_header *h = (struct kpatch_file_header *)copy;

	memcpy(copy, file, file_size);
	copy[file_size - 1] ^= 1;
	CHECK(parse(copy, file_size) == -ERR_INTEGRITY);
	memcpy(copy, file, file_size);
	h->checksum[0] ^= 1;
	CHECK(parse(copy, file_size) == -ERR_INTEGRITY);
	memcpy(copy, file, file_size);
	h->version = KPATCH_FILE_VERSION_1;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_INTEGRITY);
	memcpy(copy, file, file_size);
	h->flags = 0x100;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	free(copy);
}

static void test_header_fields(void)
{
	uint8_t *copy = malloc(file_size);
	struct kpatch_file_header *h = (struct kpatch_file_header *)copy;

	memcpy(copy, file, file_size);
	h->magic[0] = 'X';
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	h->version = 3;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	memset(h->build_id, 'a', sizeof(h->build_id));
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	h->build_id[3] = 'Z';
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	h->elf_size += 1;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	copy[sizeof(*h) + EI_CLASS] = ELFCLASS32;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	((Elf64_Ehdr *)(copy + sizeof(*h)))->e_type = ET_DYN;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	memcpy(copy, file, file_size);
	((Elf64_Ehdr *)(copy + sizeof(*h)))->e_shoff = (uint64_t)-16;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	free(copy);
}

/* The first relocation of .rela.kpatch.text in a copy of the file. */
static Elf64_Rela *first_text_reloc(uint8_t *copy)
{
	uint8_t *image = copy + sizeof(struct kpatch_file_header);
	const Elf64_Ehdr *e = (const Elf64_Ehdr *)image;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(image + e->e_shoff);
	const char *names = (const char *)image + sh[e->e_shstrndx].sh_offset;

	for (unsigned i = 0; i < e->e_shnum; i++)
		if (!strcmp(names + sh[i].sh_name, ".rela.kpatch.text"))
			return (Elf64_Rela *)(image + sh[i].sh_offset);
	return NULL;
}

/* What relocation needs is proven by the loader, before any layout. */
static void test_relocations_checked(void)
{
	uint8_t *copy = malloc(file_size);
	struct patch_file *pf;
	Elf64_Rela *r;
	unsigned text;

	memcpy(copy, file, file_size);
	CHECK(patch_file_parse("fixture", copy, file_size, &pf) == 0);
	if (!pf)
		goto out;
	text = section(pf, ".kpatch.text");
	CHECK(text && pf->sections[text].is_kpatch && pf->sections[text].nrelocs == 4);
	CHECK(pf->ninfo == 1 && pf->info_section == section(pf, ".kpatch.info"));
	for (size_t k = 0; k < pf->sections[text].nrelocs; k++) {
		const struct patch_reloc *rel = &pf->sections[text].relocs[k];

		CHECK(rel->symbol < pf->nsymbols && rel->offset + 4 <= pf->sections[text].size);
	}
	patch_file_free(pf);

	r = first_text_reloc(copy);
	CHECK(r != NULL);
	if (!r)
		goto out;
	/* a 4-byte place that ends one byte past the section */
	r->r_offset = 22;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	/* a symbol out of range */
	memcpy(copy, file, file_size);
	r->r_info = ELF64_R_INFO(100000, ELF64_R_TYPE(r->r_info));
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	/* pointing past the end of the string it names */
	memcpy(copy, file, file_size);
	r->r_addend += 4096;
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
	/* a relocation section that is no longer RELA */
	memcpy(copy, file, file_size);
	{
		uint8_t *image = copy + sizeof(struct kpatch_file_header);
		const Elf64_Ehdr *e = (const Elf64_Ehdr *)image;
		Elf64_Shdr *sh = (Elf64_Shdr *)(image + e->e_shoff);
		const char *names = (const char *)image + sh[e->e_shstrndx].sh_offset;

		for (unsigned i = 0; i < e->e_shnum; i++)
			if (!strcmp(names + sh[i].sh_name, ".rela.kpatch.text"))
				sh[i].sh_type = SHT_PROGBITS;
	}
	reseal(copy, file_size);
	CHECK(parse(copy, file_size) == -ERR_BAD_PATCH);
out:
	free(copy);
}

/* Random bit flips and byte stores; a fixed seed keeps failures repeatable. */
static void test_bit_flips(void)
{
	uint8_t *copy = malloc(file_size);
	unsigned seed = 12345, accepted = 0;

	for (int round = 0; round < 20000; round++) {
		int flips = 1 + rand_r(&seed) % 4;

		memcpy(copy, file, file_size);
		for (int i = 0; i < flips; i++) {
			size_t at = (size_t)rand_r(&seed) % file_size;

			if (rand_r(&seed) & 1)
				copy[at] ^= 1u << (rand_r(&seed) % 8);
			else
				copy[at] = (uint8_t)rand_r(&seed);
		}
		reseal(copy, file_size);
		accepted += parse(copy, file_size) == 0;
	}
	fprintf(stderr, "bit flips: %u of 20000 corrupted files still parsed\n", accepted);
	free(copy);
}

int main(int argc, char **argv)
{
	char libc_path[] = "/lib/x86_64-linux-gnu/libc.so.6";

	if (argc != 2 || read_fixture(argv[1])) {
		fprintf(stderr, "usage: test_patchfile FIXTURE.o\n");
		return 1;
	}
	if (object_load_file(libc_path, &libc)) {
		fprintf(stderr, "cannot read %s\n", libc_path);
		return 1;
	}
	set.pid = 1;
	set.objs = &libc;
	set.n = 1;
	target = (struct object){ .path = "prog", .name = "prog", .start = 0x1000, .end = 0x3000,
				  .type = ET_EXEC, .is_program = 1 };
	test_good();
	test_missing_symbol();
	test_header_fields();
	test_integrity();
	test_relocations_checked();
	test_truncated();
	test_bit_flips();
	object_free(&libc);
	free(file);
	CHECK_DONE();
}
