#!/usr/bin/env bash
# Must hold 2: four threads call the patched function in a tight loop while
# it is patched and unpatched ten times; no crash, every thread switches.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/threads
rm -rf "$work"
lc_build_patch "$src" "$work" "-O2 -pthread" ""
out=$work/out
lc_start "$out" "$work/prog"
lc_wait_for "$out" 0 "state 1111 moving"
for round in $(seq 1 10); do
	libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
		{ cat "$work/patch.log" >&2; lc_fail "round $round: patch failed"; }
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "state 2222 moving"
	libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 ||
		{ cat "$work/unpatch.log" >&2; lc_fail "round $round: unpatch failed"; }
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "state 1111 moving"
	lc_alive "$lc_pid"
done
if grep -q stalled "$out"; then
	lc_fail "a worker thread stopped calling work()"
fi
echo "PASS: threads"
