#!/usr/bin/env bash
# GOT references kpatch_strip rewrites in a library built -fPIC -fno-plt:
# "call *f@GOTPCREL" becomes "addr32 call f", the tail call "jmp
# *g@GOTPCREL" becomes "jmp g; nop" (the relocation one byte earlier), and
# "mov v@GOTPCREL" stays a load, of the library's own GOT slot for v: the
# original code reads v through it (GLOB_DAT), so a program's copy of v is
# what both see.  The patch must say so in its bytes and do the same in a
# live process.  LIBCARE_CHAIN picks the chain.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/gotcalls-${LIBCARE_CHAIN:-strip}
rm -rf "$work"
mkdir -p "$work"
lc_build_lib_patch "$src" "$work" g 0001 1 "-O2 -fno-plt"

# the ELF image behind the 624-byte header, disassembled with its relocations
tail -c +625 "$work/libg.kpatch" >"$work/image.o"
objdump -dr -j .kpatch.text "$work/image.o" >"$work/dis" || lc_fail "objdump"
expect() {
	grep -qE "$1" "$work/dis" || { cat "$work/dis" >&2; lc_fail "no $2 in the patch"; }
}
expect '67 e8 .*addr32 call' "addr32 call"
expect 'R_X86_64_PC32[[:space:]]+g_add-0x4' "PC32 against g_add"
expect 'e9 .*jmp' "jmp"
expect 'R_X86_64_PC32[[:space:]]+g_twice-0x4' "PC32 against g_twice"
awk '/jmp/ { j = 1; next } j && /R_X86_64_PC32/ { next } j { exit !/nop/ }' "$work/dis" ||
	{ cat "$work/dis" >&2; lc_fail "the jmp is not followed by a nop"; }
expect '48 8b 05 .*mov +0x[0-9a-f]+\(%rip\),%rax' "GOT load"
expect 'R_X86_64_PC32[[:space:]]+__kpatch_got.g_var-0x4' "PC32 against the library's GOT slot for g_var"
slot=$(readelf -rW "$work/libg.so" | awk '$3 == "R_X86_64_GLOB_DAT" && $5 == "g_var" { print $1 }')
[ -n "$slot" ] || lc_fail "libg.so has no GLOB_DAT slot for g_var"
readelf -sW "$work/image.o" | grep -qE ": $slot +8 OBJECT +GLOBAL +DEFAULT +ABS __kpatch_got.g_var$" ||
	{ readelf -sW "$work/image.o" >&2; lc_fail "__kpatch_got.g_var is not libg.so's slot 0x$slot"; }
if grep -q GOTPCREL "$work/dis"; then
	cat "$work/dis" >&2
	lc_fail "a GOT reference is left"
fi

gcc -O2 -o "$work/prog" "$src/main.c" -L"$work" -lg -Wl,-rpath,"$work"
out=$work/out
lc_start "$out" "$work/prog"
lc_wait_for "$out" 0 "value 2"
libcare-ctl patch -p "$lc_pid" "$work/libg.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "patching failed"; }
lc_alive "$lc_pid"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "value 12"
libcare-ctl unpatch -p "$lc_pid" >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "unpatching failed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "value 2"
lc_alive "$lc_pid"
echo "ok: gotcalls (${LIBCARE_CHAIN:-strip})"
