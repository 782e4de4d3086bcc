/*
 * Preloaded into a patched binary (linked from gensrc output) to play the
 * doctor in-process: each .kpatch.info entry's old function gets a jump
 * to its new one, and .kpatch.eh_frame is registered with the process's
 * unwinder (unless LIBCARE_TEST_NO_REGISTER is set).  That tests the
 * unwind tables and exception tables gensrc writes, without ptrace.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

void __register_frame_info(const void *begin, void *object);

static uint64_t unwind_object[16];	/* libgcc's struct object, 48 bytes */

static int main_program(struct dl_phdr_info *info, size_t size, void *bias)
{
	(void)size;
	*(uintptr_t *)bias = info->dlpi_addr;
	return 1;
}

static void die(const char *why)
{
	fprintf(stderr, "redirect: %s\n", why);
	exit(3);
}

__attribute__((constructor)) static void redirect(void)
{
	const Elf64_Shdr *info = NULL, *table = NULL;
	int fd = open("/proc/self/exe", O_RDONLY);
	uintptr_t bias = 0;
	struct stat st;
	char *file;

	if (fd < 0 || fstat(fd, &st))
		die("cannot read /proc/self/exe");
	file = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (file == MAP_FAILED)
		die("cannot map /proc/self/exe");
	const Elf64_Ehdr *ehdr = (const void *)file;
	const Elf64_Shdr *shdrs = (const void *)(file + ehdr->e_shoff);
	const char *names = file + shdrs[ehdr->e_shstrndx].sh_offset;

	for (int i = 0; i < ehdr->e_shnum; i++) {
		if (!strcmp(names + shdrs[i].sh_name, ".kpatch.info"))
			info = &shdrs[i];
		if (!strcmp(names + shdrs[i].sh_name, ".kpatch.eh_frame"))
			table = &shdrs[i];
	}
	if (!info || !table)
		die("no .kpatch.info or .kpatch.eh_frame in the program");
	dl_iterate_phdr(main_program, &bias);
	/* struct kpatch_info_entry: old, old size, new, new size, name, flags */
	const uint64_t *entry = (const void *)(bias + info->sh_addr);
	for (size_t k = 0; k < info->sh_size / 48; k++) {
		unsigned char *old = (void *)entry[6 * k], *new = (void *)entry[6 * k + 2];
		uintptr_t page = (uintptr_t)old & ~(uintptr_t)4095;
		int32_t rel = (int32_t)(new - (old + 5));

		if (mprotect((void *)page, 8192, PROT_READ | PROT_WRITE | PROT_EXEC))
			die("mprotect failed");
		old[0] = 0xe9;
		memcpy(old + 1, &rel, 4);
	}
	if (!getenv("LIBCARE_TEST_NO_REGISTER"))
		__register_frame_info((const void *)(bias + table->sh_addr), unwind_object);
}
