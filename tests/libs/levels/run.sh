#!/usr/bin/env bash
# Patchlevels: DIR/BUILDID/N/kpatch.bin with a latest symlink.  Level 1
# (lib 2) is applied, then latest moves to level 2 (lib 3): the output goes
# from 2 straight to 3, never back to 1, and one patch is left, at level 2.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/levels
rm -rf "$work"
lc_build_lib_patch "$src" "$work" x 0001 1
bid=$(lc_build_id "$work/libx.so")
mkdir -p "$work/patches/$bid/1" "$work/patches/$bid/2"
cp "$work/libx.kpatch" "$work/patches/$bid/1/kpatch.bin"
LC_PATCHED=$src/x.v3.c lc_build_lib_patch "$src" "$work" x 0001 2
cp "$work/libx.kpatch" "$work/patches/$bid/2/kpatch.bin"
ln -s 1 "$work/patches/$bid/latest"
gcc -O2 -o "$work/main" "$src/main.c" -Wl,--no-as-needed -L"$work" -lx -Wl,-rpath,"$work" ||
	lc_fail "building main"

out=$work/out
lc_start "$out" "$work/main"
lc_wait_for "$out" 0 "lib 1"
libcare-ctl patch -p "$lc_pid" "$work/patches" >"$work/patch1.log" 2>&1 ||
	{ cat "$work/patch1.log" >&2; lc_fail "applying level 1 failed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lib 2"
ln -sfn 2 "$work/patches/$bid/latest"
libcare-ctl patch -p "$lc_pid" "$work/patches" >"$work/patch2.log" 2>&1 ||
	{ cat "$work/patch2.log" >&2; lc_fail "upgrading to level 2 failed"; }
grep -q "patch 0001 upgraded from level 1 to level 2" "$work/patch2.log" ||
	{ cat "$work/patch2.log" >&2; lc_fail "the doctor does not say it upgraded"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lib 3"
lc_alive "$lc_pid"
# 1 1 ... 2 2 ... 3 3: never back to 1 between the levels
seq=$(uniq "$out" | tr -d '\n')
[ "$seq" = "lib 1lib 2lib 3" ] || lc_fail "output went '$seq'"
libcare-ctl info -p "$lc_pid" --json >"$work/info.json" || lc_fail "info failed"
[ "$(grep -o '"patch_id"' "$work/info.json" | wc -l)" = 1 ] ||
	{ cat "$work/info.json" >&2; lc_fail "not exactly one patch after the upgrade"; }
grep -q '"patchlevel": 2' "$work/info.json" || lc_fail "info does not show level 2"
[ "$(grep -c libcare-patch "/proc/$lc_pid/maps")" -le 2 ] || lc_fail "the level 1 region is still mapped"
# the same level again is no change; a lower level is refused
libcare-ctl patch -p "$lc_pid" "$work/patches" >"$work/again.log" 2>&1 || lc_fail "reapplying level 2 failed"
grep -q "level 2 is already applied" "$work/again.log" || lc_fail "reapplying is not reported"
status=0
libcare-ctl patch -p "$lc_pid" "$work/patches/$bid/1/kpatch.bin" >"$work/down.log" 2>&1 || status=$?
lc_expect_refusal "$work/down.log" "$status"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 || lc_fail "unpatch failed"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lib 1"
lc_alive "$lc_pid"
echo "PASS: libs.levels"
