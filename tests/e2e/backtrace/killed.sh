#!/usr/bin/env bash
# killed.sh "CFLAGS": libcare-ctl SIGKILLed at random moments of patches
# that register unwind information (and of unpatches that deregister it).
# The patient must never die or stay stopped, every backtrace from patch
# code must reach main (code is never reachable before its information is
# registered), and a later unpatch must clean up whatever a killed doctor
# left: a deregistration of an object the unwinder does not hold would
# abort the patient.
. "$(dirname "$0")/../lib.sh"
lc_need_root

cflags=$1 rounds=${LIBCARE_KILL_ROUNDS:-40}
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/backtrace-killed$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
lc_build_patch "$src" "$work" "$cflags" "-rdynamic"

out=$work/out
lc_start "$out" "$work/prog"
pid=$lc_pid
lc_wait_for "$out" 0 "version 1: backtrace reaches main"

# kill_during US COMMAND...: runs libcare-ctl and SIGKILLs it after US
# microseconds (a patch or an unpatch takes a few milliseconds)
kill_during() {
	local us=$1 doctor
	shift
	libcare-ctl "$@" >/dev/null 2>&1 &
	doctor=$!
	sleep "$(printf '0.%06d' "$us")"
	kill -9 "$doctor" 2>/dev/null || true
	wait "$doctor" 2>/dev/null || true
}

applied=0 half=0
for ((i = 0; i < rounds; i++)); do
	kill_during $((RANDOM % 8000)) patch -p "$pid" "$work/prog.kpatch"
	lc_alive "$pid"
	info=$(timeout 60 libcare-ctl info -p "$pid") || lc_fail "round $i: info failed or hung"
	case $info in
	*"State: "*) half=$((half + 1)) ;;
	*"Patch id"*) applied=$((applied + 1)) ;;
	esac
	kill_during $((RANDOM % 8000)) unpatch -p "$pid"
	lc_alive "$pid"
	# whatever the killed doctors left, a whole unpatch takes it off
	timeout 60 libcare-ctl unpatch -p "$pid" >"$work/unpatch.log" 2>&1 ||
		grep -q "no patch is applied" "$work/unpatch.log" ||
		{ cat "$work/unpatch.log" >&2; lc_fail "round $i: the unpatch failed"; }
	lc_alive "$pid"
	[ -z "$(timeout 60 libcare-ctl info -p "$pid")" ] || lc_fail "round $i: a patch stayed"
done
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "version 1: backtrace reaches main"
! grep -q "stops early" "$out" || lc_fail "a backtrace stopped early"
echo "PASS: backtrace-killed ($cflags): $rounds rounds, a killed doctor left $applied patched" \
	"and $half half-way," \
	"$(grep -c 'version 2' "$out") backtraces from patch code, all reached main"
