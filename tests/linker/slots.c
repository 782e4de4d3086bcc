/*
 * slots OBJECT NAME VALUE...: for each symbol NAME defined at VALUE (hex)
 * in the shared OBJECT, the GOT slots and the PLT entry kpatch_strip
 * --rel-fixup sends the patch through, one line each:
 * "NAME VALUE_SLOT JUMP_SLOT PLT_ENTRY" in hex, "-" for none.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "linker/relfixup.h"

static void print_addr(uint64_t addr, int have)
{
	if (have)
		printf(" %" PRIx64, addr);
	else
		printf(" -");
}

int main(int argc, char **argv)
{
	struct elf_file ef;

	if (argc < 2 || argc % 2 || elf_load(argv[1], &ef)) {
		fprintf(stderr, "usage: slots OBJECT NAME VALUE...\n");
		return 2;
	}
	for (int a = 2; a + 1 < argc; a += 2) {
		uint64_t value = strtoull(argv[a + 1], NULL, 16), entry = 0;
		struct orig_slots s;
		int plt;

		if (orig_symbol_slots(&ef, argv[a], value, &s)) {
			printf("%s - - -\n", argv[a]);
			continue;
		}
		plt = !orig_plt_entry(&ef, s.value_slot, &entry) ||
		      !orig_plt_entry(&ef, s.jump_slot, &entry);
		printf("%s", argv[a]);
		print_addr(s.value_slot, s.value_slot != 0);
		print_addr(s.jump_slot, s.jump_slot != 0);
		print_addr(entry, plt);
		printf("\n");
	}
	elf_free(&ef);
	return 0;
}
