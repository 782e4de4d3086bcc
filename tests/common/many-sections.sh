#!/bin/sh
# many-sections.sh N OUT.s: an assembly file with N code sections, a
# global function in each, and a data reference to the last one, so that
# the object needs extended section numbering (N > 65279) in the ELF
# header, in the symbol table (SHT_SYMTAB_SHNDX) and in relocations.
set -eu
awk -v n="$1" 'BEGIN {
	for (i = 0; i < n; i++)
		printf "\t.section .t%d,\"ax\",@progbits\n\t.globl f%d\nf%d:\n\t.byte %d\n", i, i, i, i % 256
	printf "\t.section .rodata,\"a\"\nref:\n\t.quad f%d\n", n - 1
}' >"$2"
