#!/usr/bin/env bash
# run.sh "CFLAGS": the C++ server of tests/e2e/cxx in its throwing mode,
# patched live: the patched method throws, main (unpatched) catches, many
# thousands of times while patched, and the process never terminates.
# That needs the patch's unwind and exception tables (gensrc) registered
# with the process's unwinder (the doctor); without either, the first
# throw ends the process.
. "$(dirname "$0")/../lib.sh"
lc_need_root

cflags=$1
src=$(cd "$(dirname "$0")/../cxx" && pwd)
tag=$(echo "cxxthrow $cflags" | tr -c 'A-Za-z0-9\n' _)
work=${LIBCARE_WORK:-$(mktemp -d)}/$tag
rm -rf "$work"
before="caught negative request -1"
after="caught refused request -1"

lc_build_patch "$src" "$work" "$cflags" ""
out=$work/out
lc_start "$out" "$work/prog" throw
lc_wait_for "$out" 0 "$before"

libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "libcare-ctl patch failed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "$after"
# a line per 500 exceptions caught: wait for 20 of them (10000 throws)
for ((i = 0; i < 200; i++)); do
	n=$(tail -c +"$((mark + 1))" "$out" | grep -cxF -- "$after" || true)
	[ "$n" -lt 20 ] || break
	lc_alive "$lc_pid"
	sleep 0.05
done
lc_alive "$lc_pid"
[ "$n" -ge 20 ] || lc_fail "only $((n * 500)) exceptions caught in 10 s"
! grep -q terminate "$out" || lc_fail "the process terminated: $(grep -m1 terminate "$out")"

libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "libcare-ctl unpatch failed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "$before"
lc_alive "$lc_pid"
awk -v b="$before" -v a="$after" '$0 != b && $0 != a { print "unexpected line " NR ": " $0; bad = 1 }
	END { exit bad }' "$out" || lc_fail "the patient printed something unexpected"
echo "PASS: cxxthrow ($cflags): $((n * 500)) or more exceptions through the patched method caught"
