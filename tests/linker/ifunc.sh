#!/bin/bash
# kpatch_build on a library whose patched function calls IFUNCs the library
# defines: the patch reaches them through ORIG's own PLT entry (a hidden
# IFUNC, IRELATIVE; an exported one, JUMP_SLOT) or GOT slot (an exported
# one declared noplt), never through the symbol, which is the resolver.
# The exported ones, being interposable, take the interposition rule, the
# hidden one the IFUNC rule; both name ORIG's entries __kpatch_plt.NAME
# and __kpatch_got.NAME.  An IFUNC ORIG never calls is refused in one
# line.  ifunc.sh ["CFLAGS" ["LDFLAGS"]]: with -fcf-protection and
# -z ibtplt the PLT entries are IBT's (.plt.sec).
set -eu
: "${LIBCARE_BIN:?}"
here=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/linker-ifunc.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
fail() {
	echo "FAIL: $*" >&2
	exit 1
}
cd "$WORK"
flags="-O2 -fPIC ${1:-}" ldflags=${2:-}
for v in orig patched lone; do
	cp "$here/ifunc/$v.c" lib.c
	gcc $flags -S lib.c -o $v.s
done
"$LIBCARE_BIN/kpatch_gensrc" -i orig.s -i patched.s -o merged.s
"$LIBCARE_BIN/kpatch_gensrc" -i orig.s -i lone.s -o merged-lone.s
gcc $flags $ldflags -shared -o lib.so orig.s
gcc $flags $ldflags -shared -o lib.patched.so merged.s -Wl,-q
gcc $flags $ldflags -shared -o lib.lone.so merged-lone.s -Wl,-q

"$LIBCARE_BIN/kpatch_build" -i 1 lib.so lib.patched.so -o lib.kpatch || fail "kpatch_build"
tail -c +625 lib.kpatch >image.o
readelf -Wr image.o >relocs
readelf -Ws image.o >syms
value() { awk -v n="$1" '$8 == n { print $2 }' syms; }
grep -Eq 'R_X86_64_PC32 .* __kpatch_plt\.pick' relocs || { cat relocs >&2; fail "pick is not called through the PLT"; }
grep -Eq 'R_X86_64_PC32 .* __kpatch_got\.xpick' relocs || { cat relocs >&2; fail "xpick is not read from the GOT"; }
grep -Eq 'R_X86_64_PC32 .* __kpatch_plt\.ypick' relocs || { cat relocs >&2; fail "ypick is not called through the PLT"; }
! grep -Eq ' (pick|xpick|ypick) ' relocs || { cat relocs >&2; fail "a relocation names the resolver"; }
# ORIG's PLT entry that jumps through the IRELATIVE slot, and the GLOB_DAT slot
irel=$(readelf -Wr lib.so | awk '/R_X86_64_IRELATIVE/ { print $1 }')
plt=$(objdump -d lib.so | awk -v s="$(printf '%x' $((16#$irel)))" \
	'/^[0-9a-f]+ <.*@plt>:/ { e = $1 } /jmp +\*/ && $0 ~ ("# " s " ") { print e; exit }')
[ -n "$plt" ] || fail "no PLT entry for the IRELATIVE slot 0x$irel in lib.so"
[ $((16#$(value __kpatch_plt.pick))) = $((16#$plt)) ] ||
	fail "pick goes to 0x$(value __kpatch_plt.pick), not to the PLT entry 0x$plt"
yslot=$(readelf -Wr lib.so | awk '/R_X86_64_JUMP_SLOT/ && / ypick/ { print $1 }')
yplt=$(objdump -d lib.so | awk -v s="$(printf '%x' $((16#$yslot)))" \
	'/^[0-9a-f]+ <.*@plt>:/ { e = $1 } /jmp +\*/ && $0 ~ ("# " s " ") { print e; exit }')
[ -n "$yplt" ] && [ $((16#$(value __kpatch_plt.ypick))) = $((16#$yplt)) ] ||
	fail "ypick goes to 0x$(value __kpatch_plt.ypick), not to its PLT entry 0x$yplt"
slot=$(readelf -Wr lib.so | awk '/R_X86_64_GLOB_DAT/ && / xpick/ { print $1 }')
[ $((16#$(value __kpatch_got.xpick))) = $((16#$slot)) ] ||
	fail "xpick is read at 0x$(value __kpatch_got.xpick), not from its GOT slot 0x$slot"

if "$LIBCARE_BIN/kpatch_build" -i 1 lib.so lib.lone.so -o lone.kpatch 2>err; then
	fail "an IFUNC the library never calls was accepted"
fi
[ "$(wc -l <err)" = 1 ] && grep -q "'lone' .* is an IFUNC of lib.so that lib.so never calls through its PLT" err ||
	{ cat err >&2; fail "not one line naming 'lone'"; }
[ ! -e lone.kpatch ] || fail "a patch was written"
echo "ok: ifunc ($flags $ldflags): PLT entry 0x$plt, GOT slot 0x$slot; refused: $(cat err)"
