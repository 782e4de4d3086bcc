/*
 * The ELF layer on a small relocatable object (lookups, relayout, atomic
 * write), on truncated and bit-flipped copies of it (an error, logged
 * once, never a crash), and on an object with extended section numbering
 * (read, relaid out, written through libelf and read back).  Also the one BuildID rule.
 *
 * usage: test_elf SMALL.o MANY-SECTIONS.o
 */
#include <errno.h>
#include <gelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/elf/elf_file.h"
#include "common/kpatch/patch_file.h"
#include "common/log.h"
#include "tests/check.h"

static unsigned warnings;

static void count_warnings(enum log_level level, const char *message)
{
	(void)message;
	if (level == LOG_LEVEL_WARN)
		warnings++;
}

static int read_whole(const char *path, uint8_t **data, size_t *size)
{
	struct elf_file ef;

	/* elf_load reads the file; keep its bytes as the pristine copy */
	if (elf_load(path, &ef))
		return -1;
	*size = ef.size;
	*data = malloc(ef.size);
	memcpy(*data, ef.data, ef.size);
	elf_free(&ef);
	return 0;
}

/* Follows everything the layer promises is in bounds. */
static void walk(const struct elf_file *ef)
{
	size_t sum = 0;

	for (unsigned i = 0; i < ef->shnum; i++) {
		const Elf64_Shdr *s = &ef->shdrs[i];

		sum += strlen(elf_section_name(ef, i));
		if (i && s->sh_type != SHT_NOBITS && s->sh_size)
			sum += ef->data[s->sh_offset + s->sh_size - 1];
		if (s->sh_type == SHT_RELA && !(s->sh_flags & SHF_ALLOC) && s->sh_size) {
			const Elf64_Rela *r = (const Elf64_Rela *)(ef->data + s->sh_offset);

			for (size_t k = 0; k < s->sh_size / sizeof(*r); k++)
				CHECK(ELF64_R_SYM(r[k].r_info) < ef->nsyms);
			CHECK(s->sh_info < ef->shnum);
		}
	}
	for (size_t k = 0; k < ef->nsyms; k++) {
		unsigned shndx = elf_symbol_shndx(ef, k);

		sum += strlen(elf_symbol_name(ef, k));
		CHECK(shndx < ef->shnum || shndx >= SHN_LORESERVE);
	}
	CHECK(sum > 0);
}

static void test_small(const uint8_t *file, size_t size)
{
	struct section_bytes *bytes;
	struct elf_file ef;
	Elf64_Shdr extra = { .sh_type = SHT_PROGBITS, .sh_addralign = 16 };
	unsigned n;
	int text;

	CHECK(elf_parse_copy("small", file, size, &ef) == 0);
	if (!ef.data)
		return;
	walk(&ef);
	text = elf_find_section(&ef, ".kpatch.text");
	CHECK(text > 0 && elf_is_kpatch_section(&ef, text));
	CHECK(elf_find_section(&ef, ".no.such") == 0);
	CHECK(ef.symtab_ndx > 0 && ef.nsyms > 3 && ef.xindex == NULL);

	/* relayout with one section more keeps every other section's bytes */
	n = ef.shnum;
	bytes = calloc(n + 1, sizeof(*bytes));
	for (unsigned i = 1; i < n; i++)
		if (ef.shdrs[i].sh_type != SHT_NOBITS)
			bytes[i] = (struct section_bytes){ ef.data + ef.shdrs[i].sh_offset,
							   ef.shdrs[i].sh_size };
	extra.sh_name = ef.shdrs[text].sh_name;
	bytes[n] = (struct section_bytes){ "new bytes", 9 };
	{
		struct elf_file before;

		CHECK(elf_parse_copy("small", file, size, &before) == 0);
		CHECK(elf_relayout(&ef, bytes, n + 1, &extra, 0) == 0);
		CHECK(ef.shnum == n + 1);
		CHECK(ef.shdrs[n].sh_offset % 16 == 0 && ef.shdrs[n].sh_size == 9);
		CHECK(!memcmp(ef.data + ef.shdrs[n].sh_offset, "new bytes", 9));
		CHECK(!memcmp(ef.data + ef.shdrs[text].sh_offset,
			      before.data + before.shdrs[text].sh_offset, before.shdrs[text].sh_size));
		/* the name now appears twice */
		CHECK(elf_find_section(&ef, ".kpatch.text") == -EEXIST);
		elf_free(&before);
	}
	free(bytes);

	/* the write goes through a temporary file and keeps the old file's mode */
	{
		char dir[] = "/tmp/test-elf.XXXXXX", path[64];
		struct elf_file back;
		struct stat st;

		CHECK(mkdtemp(dir) != NULL);
		snprintf(path, sizeof(path), "%s/out.o", dir);
		CHECK(elf_write_file(path, "x", 1, 0600) == 0);
		CHECK(elf_save(&ef, path) == 0);
		CHECK(stat(path, &st) == 0 && (st.st_mode & 07777) == 0600);
		CHECK(elf_load(path, &back) == 0 && back.size == ef.size &&
		      !memcmp(back.data, ef.data, ef.size));
		elf_free(&back);
		unlink(path);
		CHECK(rmdir(dir) == 0);
	}
	elf_free(&ef);
}

/* A bad file gives -EINVAL with exactly one message; a good one, none. */
static int parse_once(const uint8_t *data, size_t size)
{
	struct elf_file ef;
	unsigned before = warnings;
	int ret = elf_parse_copy("corrupt", data, size, &ef);

	CHECK(ret == 0 || ret == -EINVAL);
	CHECKF(warnings - before == (ret ? 1u : 0u), "%u messages for one file",
	       warnings - before);
	if (!ret) {
		walk(&ef);
		elf_free(&ef);
	}
	return ret;
}

static void test_corrupted(const uint8_t *file, size_t size)
{
	uint8_t *copy = malloc(size);
	unsigned seed = 4242, accepted = 0;

	log_set_sink(count_warnings);
	for (size_t len = 0; len < size; len++)
		CHECKF(parse_once(file, len) != 0, "truncated to %zu bytes", len);
	for (int round = 0; round < 20000; round++) {
		int flips = 1 + rand_r(&seed) % 4;

		memcpy(copy, file, size);
		for (int i = 0; i < flips; i++) {
			size_t at = (size_t)rand_r(&seed) % size;

			if (rand_r(&seed) & 1)
				copy[at] ^= 1u << (rand_r(&seed) % 8);
			else
				copy[at] = (uint8_t)rand_r(&seed);
		}
		accepted += parse_once(copy, size) == 0;
	}
	log_set_sink(NULL);
	fprintf(stderr, "bit flips: %u of 20000 corrupted files still parsed\n", accepted);
	free(copy);
}

/* Two holes the fuzz target found, each now refused with one message. */
static void test_fuzz_findings(const uint8_t *file, size_t size)
{
	uint8_t *copy = malloc(size);
	struct elf_file ef;
	Elf64_Shdr *sh;
	int text;

	CHECK(elf_parse_copy("small", file, size, &ef) == 0);
	text = ef.data ? elf_find_section(&ef, ".kpatch.text") : 0;
	elf_free(&ef);
	log_set_sink(count_warnings);
	/* section 0 of another type than SHT_NULL, which every loop skips */
	memcpy(copy, file, size);
	sh = (Elf64_Shdr *)(copy + ((Elf64_Ehdr *)copy)->e_shoff);
	sh[0].sh_type = SHT_RELA;
	sh[0].sh_entsize = sizeof(Elf64_Rela);
	CHECK(parse_once(copy, size) == -EINVAL);
	/* an empty section far past the end: its offset is still added to data */
	memcpy(copy, file, size);
	sh[text].sh_size = 0;
	sh[text].sh_offset = 1ULL << 40;
	CHECK(text > 0 && parse_once(copy, size) == -EINVAL);
	log_set_sink(NULL);
	free(copy);
}

/* A section index independent of the layer: what libelf itself says. */
static size_t libelf_shnum(const uint8_t *data, size_t size)
{
	Elf *e = elf_memory((char *)data, size);
	size_t n = 0;

	if (e && elf_getshdrnum(e, &n))
		n = 0;
	if (e)
		elf_end(e);
	return n;
}

static void check_many(const struct elf_file *ef, unsigned expect_shnum)
{
	int last = elf_find_section(ef, ".t65999");
	size_t k;

	CHECK(ef->shnum == expect_shnum && ef->shnum > SHN_LORESERVE);
	CHECK(ef->ehdr->e_shnum == 0 && ef->shdrs[0].sh_size == ef->shnum);
	CHECK(ef->shstrndx >= SHN_LORESERVE && ef->ehdr->e_shstrndx == SHN_XINDEX);
	CHECK(last > SHN_LORESERVE);
	CHECK(ef->xindex != NULL);
	for (k = 0; k < ef->nsyms; k++)
		if (!strcmp(elf_symbol_name(ef, k), "f65999"))
			break;
	CHECK(k < ef->nsyms && ef->syms[k].st_shndx == SHN_XINDEX);
	CHECK(k < ef->nsyms && (int)elf_symbol_shndx(ef, k) == last);
	CHECK(libelf_shnum(ef->data, ef->size) == ef->shnum);
}

static void test_extended_numbering(const char *path)
{
	struct section_bytes *bytes;
	struct elf_file ef;
	unsigned n;

	CHECK(elf_load(path, &ef) == 0);
	if (!ef.data)
		return;
	n = ef.shnum;
	check_many(&ef, n);
	walk(&ef);

	/* laid out again, it keeps extended numbering and every section */
	bytes = calloc(n, sizeof(*bytes));
	for (unsigned i = 1; i < n; i++)
		if (ef.shdrs[i].sh_type != SHT_NOBITS)
			bytes[i] = (struct section_bytes){ ef.data + ef.shdrs[i].sh_offset,
							   ef.shdrs[i].sh_size };
	CHECK(elf_relayout(&ef, bytes, n, NULL, 0) == 0);
	free(bytes);
	if (ef.data)
		check_many(&ef, n);

	/* libelf writes it byte for byte, extended numbering included */
	if (ef.data) {
		char dir[] = "/tmp/test-elf.XXXXXX", path[64];
		struct elf_file back;

		CHECK(mkdtemp(dir) != NULL);
		snprintf(path, sizeof(path), "%s/many.o", dir);
		CHECK(elf_save(&ef, path) == 0);
		CHECK(elf_load(path, &back) == 0 && back.size == ef.size &&
		      !memcmp(back.data, ef.data, ef.size));
		if (back.data)
			check_many(&back, n);
		elf_free(&back);
		unlink(path);
		CHECK(rmdir(dir) == 0);
	}

	/* a section table that does not fit the file is refused */
	if (ef.data) {
		uint8_t *copy = malloc(ef.size);

		memcpy(copy, ef.data, ef.size);
		((Elf64_Shdr *)(copy + ef.ehdr->e_shoff))->sh_size = n + 1000;
		log_set_sink(count_warnings);
		CHECK(parse_once(copy, ef.size) == -EINVAL);
		log_set_sink(NULL);
		free(copy);
	}
	elf_free(&ef);
}

static void test_build_id_rule(void)
{
	char longest[KPATCH_BUILD_ID_DIGITS + 3];

	CHECK(kpatch_build_id_problem("0123abcd") == NULL);
	CHECK(kpatch_build_id_problem("") != NULL);
	CHECK(kpatch_build_id_problem("abc") != NULL);
	CHECK(kpatch_build_id_problem("ABCD") != NULL);
	CHECK(kpatch_build_id_problem("0x12") != NULL);
	memset(longest, 'a', sizeof(longest));
	longest[KPATCH_BUILD_ID_DIGITS] = '\0';
	CHECK(kpatch_build_id_problem(longest) == NULL);
	longest[KPATCH_BUILD_ID_DIGITS] = 'a';
	longest[KPATCH_BUILD_ID_DIGITS + 2] = '\0';
	CHECK(kpatch_build_id_problem(longest) != NULL);
}

int main(int argc, char **argv)
{
	uint8_t *small;
	size_t size;

	if (argc != 3 || read_whole(argv[1], &small, &size)) {
		fprintf(stderr, "usage: test_elf SMALL.o MANY-SECTIONS.o\n");
		return 1;
	}
	test_small(small, size);
	test_corrupted(small, size);
	test_fuzz_findings(small, size);
	test_extended_numbering(argv[2]);
	test_build_id_rule();
	free(small);
	CHECK_DONE();
}
