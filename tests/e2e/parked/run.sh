#!/usr/bin/env bash
# Must hold 3: a thread parked inside the function to change.  The doctor
# waits the given time, refuses naming the function, and the patient runs
# on exactly as before (mappings and code bytes compared).
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/parked
rm -rf "$work"
lc_build_patch "$src" "$work" "-O2 -pthread" ""
out=$work/out
lc_start "$out" "$work/prog"
lc_wait_for "$out" 0 "alive 1"
lc_snapshot "$lc_pid" "$work/before"
start=$(date +%s%N)
status=0
libcare-ctl patch -t 1000 -p "$lc_pid" "$work/prog.kpatch" 2>"$work/err" >/dev/null || status=$?
elapsed=$((($(date +%s%N) - start) / 1000000))
lc_expect_refusal "$work/err" "$status"
grep -q "parked" "$work/err" || lc_fail "the refusal does not name parked(): $(cat "$work/err")"
[ "$elapsed" -ge 900 ] || lc_fail "the doctor gave up after ${elapsed} ms, before the 1000 ms it was given"
[ "$elapsed" -le 5000 ] || lc_fail "the doctor took ${elapsed} ms for a 1000 ms wait"
lc_alive "$lc_pid"
lc_snapshot "$lc_pid" "$work/after"
cmp -s "$work/before" "$work/after" || { diff "$work/before" "$work/after" | head >&2; lc_fail "the patient changed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "alive 0"
echo "PASS: parked ($(cat "$work/err"))"
