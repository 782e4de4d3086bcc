#!/usr/bin/env bash
# run.sh "CFLAGS": a patch that changes a never-returning main is refused
# at once (under 100 ms, not after the 5 s timeout), naming main, and the
# patient goes on unchanged.
. "$(dirname "$0")/../lib.sh"
lc_need_root
cflags=$1
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/noreturn$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
lc_build_patch "$src" "$work" "$cflags" ""
out=$work/out
lc_start "$out" "$work/prog"
lc_wait_for "$out" 0 tick
lc_snapshot "$lc_pid" "$work/before"
status=0
start=$(date +%s%N)
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" 2>"$work/err" >/dev/null || status=$?
elapsed=$((($(date +%s%N) - start) / 1000000))
lc_expect_refusal "$work/err" "$status"
grep -q "'main', which never returns" "$work/err" ||
	lc_fail "the refusal does not say main never returns: $(cat "$work/err")"
[ "$elapsed" -lt 100 ] || lc_fail "refused after $elapsed ms, not at once"
lc_snapshot "$lc_pid" "$work/after"
cmp -s "$work/before" "$work/after" || lc_fail "the patient changed"
lc_alive "$lc_pid"
echo "PASS: noreturn $cflags: refused in $elapsed ms ($(cat "$work/err"))"
