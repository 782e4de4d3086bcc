#!/usr/bin/env bash
# run.sh "CFLAGS": backtrace() from under a patched function reaches main:
# the patch's FDEs are carried (.kpatch.eh_frame) and registered with the
# process's libgcc unwinder, and deregistered on unpatch (the patient keeps
# unwinding afterwards, through the original code, without a crash).
. "$(dirname "$0")/../lib.sh"
lc_need_root

cflags=$1
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/backtrace$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
lc_build_patch "$src" "$work" "$cflags" "-rdynamic"
grep -qa kpatch.eh_frame "$work/prog.kpatch" || lc_fail "the patch carries no .kpatch.eh_frame"

# mapped PID ADDR: a mapping of PID starts at ADDR
mapped() {
	local start rest
	while IFS=- read -r start rest; do
		[ $((0x$start)) = "$2" ] && return 0
	done <"/proc/$1/maps"
	return 1
}

out=$work/out
lc_start "$out" "$work/prog"
pid=$lc_pid
lc_wait_for "$out" 0 "version 1: backtrace reaches main"
grep -q libgcc_s "/proc/$pid/maps" || lc_fail "backtrace() did not load libgcc_s"

for round in 1 2; do
	libcare-ctl -v patch -p "$pid" "$work/prog.kpatch" >"$work/patch$round.log" 2>&1 ||
		{ cat "$work/patch$round.log" >&2; lc_fail "libcare-ctl patch failed"; }
	grep -q "unwind information at 0x[0-9a-f]* registered" "$work/patch$round.log" ||
		{ cat "$work/patch$round.log" >&2; lc_fail "the unwind information was not registered"; }
	region=$(libcare-ctl info -p "$pid" --json | python3 -c '
import json, sys
print(int(json.load(sys.stdin)["patches"][0]["region"], 16))')
	mapped "$pid" "$region" || lc_fail "no region at $region"
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "version 2: backtrace reaches main"
	sleep 0.2
	! tail -c +"$((mark + 1))" "$out" | grep -q "backtrace stops early" ||
		lc_fail "a backtrace from the patch code stopped early"

	libcare-ctl -v unpatch -p "$pid" >"$work/unpatch$round.log" 2>&1 ||
		{ cat "$work/unpatch$round.log" >&2; lc_fail "libcare-ctl unpatch failed"; }
	grep -q "unwind information at 0x[0-9a-f]* deregistered" "$work/unpatch$round.log" ||
		{ cat "$work/unpatch$round.log" >&2; lc_fail "the unwind information was not deregistered"; }
	! mapped "$pid" "$region" || lc_fail "the region at $region is still mapped"
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "version 1: backtrace reaches main"
	sleep 0.2
	lc_alive "$pid"
done
! grep -q "stops early" "$out" || lc_fail "some backtrace stopped early"
echo "PASS: backtrace ($cflags): $(grep -c 'version 2: backtrace reaches main' "$out") backtraces from patch code reached main"
