/*
 * Fuzz target for kpatch_strip's editing stages, the pipeline of
 * kpatch_build in memory: the input is a PATCHED binary (linked with
 * -Wl,-q), mutated; ORIG is fixed (FUZZ_STRIP_ORIG, built with the seeds).
 * --strip, --rel-fixup, --undo-link and the header must end in an error
 * or in a patch the common loader accepts, never in a crash or undefined
 * behaviour.
 *
 * Built with FUZZ_STRIP_META (fuzz_strip_meta), the input is instead a
 * list of edits to the seed PATCHED (FUZZ_STRIP_PATCHED) that land only
 * in its metadata: the ELF header, the section headers, the symbol
 * tables and the relocations.  Mutations then go where the meaning is,
 * not into code bytes nobody reads.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch/patch_file.h"
#include "common/log.h"
#include "linker/patchfile.h"
#include "linker/strip.h"

#ifndef FUZZ_STRIP_ORIG
#define FUZZ_STRIP_ORIG	"orig"
#endif
#ifndef FUZZ_STRIP_PATCHED
#define FUZZ_STRIP_PATCHED	"patched"
#endif

static struct elf_file orig;

static void silent(enum log_level level, const char *message)
{
	(void)level;
	(void)message;
}

/* ORIG once, from $FUZZ_STRIP_ORIG or the path the build gave. */
static void load_orig(void)
{
	static int loaded;
	const char *path = getenv("FUZZ_STRIP_ORIG");

	if (loaded)
		return;
	loaded = 1;
	if (elf_load(path ? path : FUZZ_STRIP_ORIG, &orig)) {
		fprintf(stderr, "fuzz_strip: cannot load ORIG %s\n", path ? path : FUZZ_STRIP_ORIG);
		exit(1);
	}
}

/* What patch_write() would write, checked by the loader as it does. */
static void check_patch(const struct elf_file *ef, const struct kpatch_file_header *hdr)
{
	size_t size = sizeof(*hdr) + ef->size;
	unsigned char *buf = malloc(size);
	struct patch_file *pf;

	if (!buf)
		return;
	memcpy(buf, hdr, sizeof(*hdr));
	memcpy(buf + sizeof(*hdr), ef->data, ef->size);
	if (!patch_file_parse("fuzz", buf, size, &pf))
		patch_file_free(pf);
	free(buf);
}

static void run_pipeline(const uint8_t *data, size_t size)
{
	const struct patch_options opt = {
		.build_id = "0123456789abcdef0123456789abcdef01234567",
		.patch_id = "fuzz",
	};
	struct kpatch_file_header hdr;
	struct elf_file patched;
	int ret;

	if (elf_parse_copy("patched", data, size, &patched))
		return;
	ret = strip_non_kpatch(&patched, 0);
	if (!ret)
		ret = fixup_relocations(&orig, &patched);
	if (!ret)
		ret = undo_link(&patched);
	if (!ret)
		ret = patch_fill_header(&patched, &opt, &hdr);
	if (!ret)
		check_patch(&patched, &hdr);
	elf_free(&patched);
}

#ifdef FUZZ_STRIP_META
/* The seed PATCHED, and the file offsets of its metadata bytes. */
static uint8_t *seed, *work;
static size_t seed_size, *meta, nmeta;

static void add_meta(size_t off, size_t len)
{
	for (size_t i = 0; i < len && off + i < seed_size; i++)
		meta[nmeta++] = off + i;
}

static void load_seed(void)
{
	const char *path = getenv("FUZZ_STRIP_PATCHED");
	struct elf_file ef;

	if (seed)
		return;
	if (elf_load(path ? path : FUZZ_STRIP_PATCHED, &ef)) {
		fprintf(stderr, "fuzz_strip_meta: cannot load PATCHED\n");
		exit(1);
	}
	seed_size = ef.size;
	seed = malloc(seed_size);
	work = malloc(seed_size);
	meta = malloc(seed_size * sizeof(*meta));
	if (!seed || !work || !meta)
		exit(1);
	memcpy(seed, ef.data, seed_size);
	add_meta(0, sizeof(Elf64_Ehdr));
	add_meta(ef.ehdr->e_shoff, (size_t)ef.shnum * sizeof(Elf64_Shdr));
	for (unsigned i = 1; i < ef.shnum; i++) {
		const Elf64_Shdr *sh = &ef.shdrs[i];

		if (sh->sh_type == SHT_SYMTAB || sh->sh_type == SHT_RELA ||
		    sh->sh_type == SHT_SYMTAB_SHNDX || sh->sh_type == SHT_DYNSYM)
			add_meta(sh->sh_offset, sh->sh_size);
	}
	elf_free(&ef);
}

/*
 * Each 4 bytes of input: a metadata byte (16 bits, modulo their count),
 * an operation and a value: set the byte, add to it, xor it, or set the
 * aligned 64-bit word around it to the value sign-extended (small and
 * negative numbers, the usual suspects of a size or an addend).
 */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	log_set_sink(silent);
	load_orig();
	load_seed();
	memcpy(work, seed, seed_size);
	for (size_t i = 0; i + 4 <= size; i += 4) {
		size_t at = meta[(data[i] | (size_t)data[i + 1] << 8) % nmeta];
		uint8_t op = data[i + 2], v = data[i + 3];
		int64_t word = (int8_t)v;

		switch (op & 3) {
		case 0:
			work[at] = v;
			break;
		case 1:
			work[at] += v;
			break;
		case 2:
			work[at] ^= v;
			break;
		default:
			at &= ~(size_t)7;
			if (at + 8 <= seed_size)
				memcpy(work + at, &word, 8);
		}
	}
	run_pipeline(work, seed_size);
	return 0;
}
#else
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	log_set_sink(silent);
	load_orig();
	run_pipeline(data, size);
	return 0;
}
#endif
