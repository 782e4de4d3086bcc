#!/usr/bin/env bash
# run-scenario.sh NAME "CFLAGS" "LDFLAGS": builds the scenario's patch by
# hand, starts the original program, patches it, unpatches it, and checks
# every line it printed before, during and after.
. "$(dirname "$0")/lib.sh"
lc_need_root

name=$1 cflags=$2 ldflags=$3
src=$(cd "$(dirname "$0")/$name" && pwd)
tag=$(echo "$name $cflags $ldflags" | tr -c 'A-Za-z0-9\n' _)
work=${LIBCARE_WORK:-$(mktemp -d)}/$tag
rm -rf "$work"
before=$(cat "$src/expect.before")
after=$(cat "$src/expect.after")

lc_build_patch "$src" "$work" "$cflags" "$ldflags"
# not-patched: functions the patch must leave alone (one a line)
if [ -f "$src/not-patched" ]; then
	while read -r fn; do
		! strings "$work/prog.kpatch" | grep -qx "$fn\(\.kpatch\)\?" ||
			lc_fail "'$fn' is in the patch although it did not change"
	done <"$src/not-patched"
fi
out=$work/out
lc_start "$out" "$work/prog"
lc_wait_for "$out" 0 "$before"

libcare-ctl -v patch -p "$lc_pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "libcare-ctl patch failed"; }
lc_alive "$lc_pid"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "$after"

libcare-ctl info -p "$lc_pid" >"$work/info.log" 2>&1 || lc_fail "libcare-ctl info failed"
grep -q "$(lc_build_id "$work/prog")" "$work/info.log" || lc_fail "info does not show the BuildID"
grep -q 0001 "$work/info.log" || lc_fail "info does not show patch 0001"

libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "libcare-ctl unpatch failed"; }
lc_alive "$lc_pid"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "$before"
sleep 0.1
lc_alive "$lc_pid"

# Every line the patient printed is either the old or the new output, and
# once it printed the new one it printed no old one until the unpatch.
awk -v b="$before" -v a="$after" '
	$0 != b && $0 != a { print "unexpected line " NR ": " $0; bad = 1 }
	END { exit bad }' "$out" || lc_fail "the patient printed something unexpected"
seq=$(uniq "$out" | awk -v a="$after" '{ print ($0 == a) ? "A" : "B" }' | tr -d '\n')
[ "$seq" = BAB ] || lc_fail "output went $seq instead of before, after, before"
echo "PASS: $name ($cflags $ldflags)"
