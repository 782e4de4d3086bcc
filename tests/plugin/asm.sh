#!/bin/bash
# libcare-cc and assembly sources: an unchanged one builds in the patched
# stage, a changed one is refused in one line naming it (with
# KPATCH_DEFER_ERRORS=1: the object carries the line in .kpatch.error),
# whether the object is named by "-o X", "-oX" or not at all.
set -eu
: "${LIBCARE_BIN:?}"
cc=$LIBCARE_BIN/libcare-cc
work=$(mktemp -d /tmp/plugin-asm.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() {
	echo "FAIL: $*" >&2
	exit 1
}
cd "$work"
export KPATCH_STASH=$work/stash
write() {
	printf '\t.text\n\t.globl f\n\t.type f, @function\nf:\n\tleal %s, %%eax\n\tret\n' "$1" >x.S
}
for form in "-o out/x.o" "-oout/x.o" ""; do
	obj=${form:+out/x.o}
	obj=${obj:-x.o}
	rm -rf out stash x.o
	mkdir out
	write "(%rdi,%rsi,2)"
	KPATCH_STAGE=original "$cc" -c x.S $form || fail "original stage ($form)"
	KPATCH_STAGE=patched "$cc" -c x.S $form || fail "unchanged x.S refused ($form)"
	write "(%rsi,%rdi,2)"
	if KPATCH_STAGE=patched "$cc" -c x.S $form 2>err; then
		fail "changed x.S accepted ($form)"
	fi
	[ "$(wc -l <err)" = 1 ] && grep -q "^libcare-cc: error: x.S: the assembly source changed" err ||
		{ cat err >&2; fail "not one line naming x.S ($form)"; }
	KPATCH_DEFER_ERRORS=1 KPATCH_STAGE=patched "$cc" -c x.S $form ||
		fail "deferred refusal failed the build ($form)"
	readelf -p .kpatch.error "$obj" | grep -q "x.S: the assembly source changed" ||
		fail "no .kpatch.error in $obj ($form)"
done

# assembly the plugin merged in the patched stage (gcc -S, then -c) is not a changed source
printf 'int f(int x) { return x + 1; }\n' >y.c
KPATCH_STAGE=original "$cc" -O2 -S y.c -o y.s
KPATCH_STAGE=original "$cc" -c y.s -o y.o
printf 'int f(int x) { return x + 2; }\n' >y.c
KPATCH_STAGE=patched "$cc" -O2 -S y.c -o y.s
KPATCH_STAGE=patched "$cc" -c y.s -o y.o 2>err2 || { cat err2 >&2; fail "merged assembly refused"; }
readelf -S y.o | grep -q '\.kpatch\.text' || fail "y.o has no .kpatch.text"
echo "ok: $(cat err)"
