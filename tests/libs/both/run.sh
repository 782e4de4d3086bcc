#!/usr/bin/env bash
# The "both" case: a program and the library it links each get a patch; one
# directory holds both and one run applies them; unpatch restores both.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/both
rm -rf "$work"
mkdir -p "$work/patches"
lc_build_lib_patch "$src" "$work" x 0001
lc_build_patch "$src" "$work/prog" "-O2" "-Wl,--no-as-needed -L$work -lx -Wl,-rpath,$work"
cp "$work/libx.kpatch" "$work/patches/$(lc_build_id "$work/libx.so").kpatch"
cp "$work/prog/prog.kpatch" "$work/patches/$(lc_build_id "$work/prog/prog").kpatch"
# a patch for an object the process does not have is only reported
lc_build_lib_patch "$src" "$work/other" x 0009 1 "-O1"
cp "$work/other/libx.kpatch" "$work/patches/$(lc_build_id "$work/other/libx.so").kpatch"

out=$work/out
lc_start "$out" "$work/prog/prog"
lc_wait_for "$out" 0 "prog 1 lib 1"
libcare-ctl patch -p "$lc_pid" "$work/patches" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "patching from the directory failed"; }
cat "$work/patch.log"
lc_alive "$lc_pid"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "prog 2 lib 2"
grep -q "libx.so" "$work/patch.log" || lc_fail "the doctor does not say it patched libx.so"
grep -q "prog" "$work/patch.log" || lc_fail "the doctor does not say it patched prog"
grep -q "not applicable" "$work/patch.log" || lc_fail "the patch for the other libx.so is not reported"

libcare-ctl info -p "$lc_pid" >"$work/info.log" || lc_fail "info failed"
grep -q "Target: libx.so Build id: $(lc_build_id "$work/libx.so")" "$work/info.log" ||
	{ cat "$work/info.log" >&2; lc_fail "info does not show the library's patch"; }

# a single file for an object the process lacks is an error
status=0
libcare-ctl patch -p "$lc_pid" "$work/other/libx.kpatch" >"$work/err.log" 2>&1 || status=$?
[ "$status" = 3 ] || { cat "$work/err.log" >&2; lc_fail "a foreign single patch gave $status, not 3"; }

libcare-ctl unpatch -p "$lc_pid" >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "unpatch failed"; }
lc_alive "$lc_pid"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "prog 1 lib 1"
awk '!/^prog [12] lib [12]$/ { print "unexpected: " $0; bad = 1 } END { exit bad }' "$out" ||
	lc_fail "the patient printed something unexpected"
echo "PASS: libs.both"
