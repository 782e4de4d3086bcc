#!/usr/bin/env bash
# How long is the patient stopped?  For each thread count, the longest gap
# the patient's own clock thread sees while the doctor patches it (the
# other threads wake every 2 ms, like a server's workers), next to the
# floor (a bare seize, interrupt and detach of the same threads) and to the
# gap seen with nobody touching it, and the stop the doctor itself reports
# ("stopped N us", all its stops of the patch summed).  Medians over
# several runs.
# Usage: stop-time.sh [THREADS...]   (default: 1 4); needs root.
here=$(cd "$(dirname "$0")" && pwd)
LIBCARE_BIN=${LIBCARE_BIN:-$here/../../build/bin}
. "$here/../e2e/lib.sh"
lc_need_root
work=$(mktemp -d)
runs=${RUNS:-15}
lc_build_patch "$here/stopwatch" "$work" "-O2 -pthread" ""
gcc -O2 -o "$work/seize_floor" "$here/seize_floor.c"
gcc -O2 -o "$work/board" "$here/board.c"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure N CMD...: median of the longest gap while CMD runs.
measure() {
	local n=$1 i
	shift
	for ((i = 0; i < runs; i++)); do
		"$work/board" "$board" reset
		sleep 0.03
		"$@" >/dev/null
		sleep 0.03
		"$work/board" "$board" max 1
	done | median
}

printf '%-8s %12s %12s %12s %8s %12s\n' threads idle_us floor_us patch_us ratio reported_us
for n in "${@:-1 4}"; do
	board=$work/board-$n
	lc_start "$work/out-$n" "$work/prog" "$n" "$board"
	pid=$lc_pid
	lc_wait_for "$work/out-$n" 0 "version 1"
	idle=$(measure "$n" true)
	floor=$(measure "$n" "$work/seize_floor" "$pid")
	: >"$work/reported"
	patch=$(for ((r = 0; r < runs; r++)); do
		"$work/board" "$board" reset
		sleep 0.03
		libcare-ctl patch -p "$pid" "$work/prog.kpatch" >"$work/patch.out" || exit 1
		sed -n 's/.*, stopped \([0-9]*\) us$/\1/p' "$work/patch.out" >>"$work/reported"
		sleep 0.03
		"$work/board" "$board" max 1
		libcare-ctl unpatch -p "$pid" -i 0001 >/dev/null || exit 1
	done | median)
	reported=$(median <"$work/reported")
	ratio=$(awk -v p="$patch" -v f="$floor" 'BEGIN { printf "%.2f", p / f }')
	printf '%-8s %12s %12s %12s %8s %12s\n' "$n" "$idle" "$floor" "$patch" "$ratio" "$reported"
	kill "$pid"
done
rm -rf "$work"
