#!/bin/bash
# The system's libc.so.6, the case the interposition rule is for: its code
# reads stderr and __progname and calls free and malloc through GOT slots
# with GLOB_DAT relocations (free and malloc through .plt.got entries).
# The slots and entries kpatch_strip --rel-fixup would send a patch through
# must be the ones readelf and objdump show; a hidden version or another
# address matches none.
#
# libc.sh SLOTS_PROGRAM
SLOTS=$1
. "$(dirname "$0")/lib.sh"
libc=$(gcc -print-file-name=libc.so.6)
libc=$(readlink -f "$libc")
[ -f "$libc" ] || fail "no libc.so.6"
readelf -rW "$libc" >"$WORK/relocs"
readelf -sW --dyn-syms "$libc" >"$WORK/dynsyms"
objdump -d -j .plt.got "$libc" >"$WORK/pltgot"

value() {
	awk -v n="$1@@GLIBC_2.2.5" '$8 == n { print $2; exit }' "$WORK/dynsyms"
}
glob_dat() {
	awk -v n="$1@@GLIBC_2.2.5" '$3 == "R_X86_64_GLOB_DAT" && $5 == n { print $1 }' "$WORK/relocs" |
		sed 's/^0*//'
}
plt_entry() {
	awk -v f="<$1@plt>:" '$2 == f { print $1 }' "$WORK/pltgot" | sed 's/^0*//'
}

args=()
for s in stderr __progname free malloc; do
	args+=("$s" "$(value $s)")
done
args+=(free@@GLIBC_2.2.5 "$(value free)" free@GLIBC_2.2.5 "$(value free)" free "$(value malloc)")
"$SLOTS" "$libc" "${args[@]}" >"$WORK/out" || fail "slots on $libc"
expect() {
	grep -qxF "$1" "$WORK/out" || { cat "$WORK/out" >&2; fail "expected '$1'"; }
	echo "ok: $1"
}
for s in stderr __progname; do
	slot=$(glob_dat $s)
	[ -n "$slot" ] || fail "$libc reads $s without a GLOB_DAT slot"
	expect "$s $slot - -"
done
for s in free malloc; do
	slot=$(glob_dat $s) entry=$(plt_entry $s)
	[ -n "$slot" ] && [ -n "$entry" ] || fail "$libc has no GLOB_DAT slot and .plt.got entry for $s"
	expect "$s $slot - $entry"
done
expect "free@@GLIBC_2.2.5 $(glob_dat free) - $(plt_entry free)"
expect "free@GLIBC_2.2.5 - - -"
[ "$(sed -n '$p' "$WORK/out")" = "free - - -" ] || fail "free at malloc's address matched a slot"
echo "PASS: libc slots"
