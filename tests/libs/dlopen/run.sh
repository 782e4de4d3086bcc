#!/usr/bin/env bash
# A library loaded with dlopen after the process started is patched by its
# BuildID like any other; before it is loaded the patch does not apply.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/dlopen
rm -rf "$work"
mkdir -p "$work/patches"
lc_build_lib_patch "$src" "$work" x 0001
cp "$work/libx.kpatch" "$work/patches/$(lc_build_id "$work/libx.so").kpatch"
gcc -O2 -o "$work/main" "$src/main.c" -ldl || lc_fail "building main"

out=$work/out
lc_start "$out" "$work/main" "$work/go" "$work/libx.so"
sleep 0.3
status=0
libcare-ctl patch -p "$lc_pid" "$work/patches" >"$work/early.log" 2>&1 || status=$?
[ "$status" = 3 ] || { cat "$work/early.log" >&2; lc_fail "patching before dlopen gave $status, not 3"; }
grep -q "not applicable" "$work/early.log" || lc_fail "the early patch is not reported not applicable"
lc_alive "$lc_pid"
touch "$work/go"
lc_wait_for "$out" 0 "lib 1"
libcare-ctl patch -p "$lc_pid" "$work/patches" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "patching the dlopen'ed library failed"; }
grep -q "libx.so: patch 0001 level 1 applied" "$work/patch.log" ||
	{ cat "$work/patch.log" >&2; lc_fail "the doctor does not say it patched libx.so"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lib 2"
libcare-ctl unpatch -p "$lc_pid" "$(lc_build_id "$work/libx.so")" >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "unpatch by BuildID failed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lib 1"
lc_alive "$lc_pid"
echo "PASS: libs.dlopen"
