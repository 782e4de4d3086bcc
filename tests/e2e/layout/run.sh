#!/usr/bin/env bash
# run.sh "CFLAGS": a fix that widens a member of struct reading is refused
# at build time naming the struct and the member (the plugin through
# libcare-patch-make with LIBCARE_FLAVOR=kpmake, else kpatch_gensrc on -g
# assembly); with LIBCARE_LAYOUT_OK=reading (the struct lives only in one
# tick's frame) the same fix is built and patched into a running patient;
# a fix that changes no layout is patched without being asked.
. "$(dirname "$0")/../lib.sh"
lc_need_root
cflags=$1
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/layout$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
mkdir -p "$work/same"
cp "$src/orig.c" "$work/same/orig.c"
cp "$src/same.c" "$work/same/patched.c"

# refused, naming the struct and the member
if (lc_build_patch "$src" "$work/refused" "$cflags" "") >"$work/refused.log" 2>&1; then
	lc_fail "the fix that changes struct reading's layout was built"
fi
grep -q "struct reading: member value changed type from int to long int" "$work/refused.log" ||
	{ cat "$work/refused.log" >&2; lc_fail "the refusal does not name struct reading and its member"; }
[ ! -e "$work/refused/prog.kpatch" ] || lc_fail "a patch was written although refused"

# patch_and_check DIR "AFTER": patches a fresh DIR/prog with DIR/prog.kpatch,
# sees AFTER, unpatches it and sees the old line again
patch_and_check() {
	local dir=$1 after=$2 out=$1/out mark patch=$1/prog.kpatch
	: >"$out"
	lc_start "$out" "$dir/prog"
	lc_wait_for "$out" 0 "reading 1: 20"
	libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 ||
		{ cat "$work/patch.log" >&2; lc_fail "libcare-ctl patch $patch failed"; }
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "$after"
	libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 ||
		{ cat "$work/unpatch.log" >&2; lc_fail "libcare-ctl unpatch failed"; }
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "reading 1: 20"
	lc_alive "$lc_pid"
}

# the override: the struct never outlives a tick
LIBCARE_LAYOUT_OK=reading lc_build_patch "$src" "$work/allowed" "$cflags" ""
patch_and_check "$work/allowed" "reading 1: 20 mV"

# no layout change: no refusal, no override
lc_build_patch "$work/same" "$work/same/build" "$cflags" ""
patch_and_check "$work/same/build" "reading 1: 20 mV"
echo "PASS: layout $cflags (refused: $(grep -o 'struct reading: member value[^;]*' "$work/refused.log" | head -1))"
