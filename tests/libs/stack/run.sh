#!/usr/bin/env bash
# Stacking: patch A (lib 2) then patch B (lib 3) change the same function.
# Taking A off first is refused (exit 9, one line, nothing changes); B then
# A restores step by step; unpatch by BuildID takes the topmost first.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/stack
rm -rf "$work"
lc_build_lib_patch "$src" "$work" x A
cp "$work/libx.kpatch" "$work/A.kpatch"
LC_PATCHED=$src/x.v3.c lc_build_lib_patch "$src" "$work" x B
cp "$work/libx.kpatch" "$work/B.kpatch"
gcc -O2 -o "$work/main" "$src/main.c" -Wl,--no-as-needed -L"$work" -lx -Wl,-rpath,"$work" ||
	lc_fail "building main"
bid=$(lc_build_id "$work/libx.so")

ctl() {
	libcare-ctl "$@" >"$work/ctl.log" 2>&1 || { cat "$work/ctl.log" >&2; lc_fail "libcare-ctl $* failed"; }
}
expect() {
	local mark
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "$1"
	lc_alive "$lc_pid"
}

out=$work/out
lc_start "$out" "$work/main"
lc_wait_for "$out" 0 "lib 1"
for round in 1 2; do
	ctl patch -p "$lc_pid" "$work/A.kpatch"
	expect "lib 2"
	ctl patch -p "$lc_pid" "$work/B.kpatch"
	expect "lib 3"
	if [ $round = 2 ]; then
		ctl unpatch -p "$lc_pid" "$bid"
		expect "lib 1"
		break
	fi
	lc_snapshot "$lc_pid" "$work/before"
	libcare-ctl info -p "$lc_pid" >"$work/info.before"
	status=0
	libcare-ctl unpatch -p "$lc_pid" -i A >"$work/refused.log" 2>&1 || status=$?
	[ "$status" = 9 ] || { cat "$work/refused.log" >&2; lc_fail "unpatching A under B gave $status, not 9"; }
	lc_expect_refusal "$work/refused.log" "$status"
	grep -q "unpatch B first" "$work/refused.log" || lc_fail "the refusal does not name B"
	lc_snapshot "$lc_pid" "$work/after"
	libcare-ctl info -p "$lc_pid" >"$work/info.after"
	cmp -s "$work/before" "$work/after" || lc_fail "the refused unpatch changed the patient"
	cmp -s "$work/info.before" "$work/info.after" || lc_fail "the refused unpatch changed the patches"
	expect "lib 3"
	ctl unpatch -p "$lc_pid" -i B
	expect "lib 2"
	ctl unpatch -p "$lc_pid" -i A
	expect "lib 1"
done
awk '!/^lib [123]$/ { print "unexpected: " $0; bad = 1 } END { exit bad }' "$out" ||
	lc_fail "the patient printed something unexpected"
echo "PASS: libs.stack"
