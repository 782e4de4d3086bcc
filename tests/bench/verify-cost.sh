#!/usr/bin/env bash
# What verification costs: the patient's longest stop and the wall time of
# `libcare-ctl patch`, unsigned and signed (--require-signature), medians
# over RUNS.  The checks run before the stop, so the stop should not move.
# With BASE_BIN naming the bin directory of an older build, its unsigned
# figures are printed beside (its patches built by its own tools).
# Usage: verify-cost.sh [THREADS]   (default 1); needs root.
here=$(cd "$(dirname "$0")" && pwd)
LIBCARE_BIN=${LIBCARE_BIN:-$here/../../build/bin}
. "$here/../e2e/lib.sh"
lc_need_root
work=$(mktemp -d)
runs=${RUNS:-25}
n=${1:-1}
lc_build_patch "$here/stopwatch" "$work" "-O2 -pthread" ""
gcc -O2 -o "$work/board" "$here/board.c"
kpatch_build --gen-key "$work/key" >/dev/null
(cd "$work" && kpatch_build -k key -i 0001 prog prog.patched -o signed.kpatch)
mkdir "$work/keys" && cp "$work/key.pub" "$work/keys/"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run BIN PATCH ARGS...: "stop_us wall_us" medians
run() {
	local bin=$1 patch=$2 r t0 t1
	shift 2
	for ((r = 0; r < runs; r++)); do
		"$work/board" "$board" reset
		sleep 0.03
		t0=$(date +%s%N)
		"$bin/libcare-ctl" patch "$@" -p "$pid" "$patch" >/dev/null || exit 1
		t1=$(date +%s%N)
		sleep 0.03
		echo "$("$work/board" "$board" max 1) $(((t1 - t0) / 1000))"
		"$bin/libcare-ctl" unpatch -p "$pid" -i 0001 >/dev/null || exit 1
	done >"$work/samples"
	echo "$(cut -d' ' -f1 "$work/samples" | median) $(cut -d' ' -f2 "$work/samples" | median)"
}

board=$work/board-data
lc_start "$work/out" "$work/prog" "$n" "$board"
pid=$lc_pid
lc_wait_for "$work/out" 0 "version 1"
printf '%-34s %10s %10s\n' "" stop_us wall_us
if [ -n "${BASE_BIN:-}" ]; then
	(cd "$work" && PATH=$BASE_BIN:$PATH kpatch_build -i 0001 prog prog.patched -o base.kpatch)
	printf '%-34s %10s %10s\n' "base build, unsigned" $(run "$BASE_BIN" "$work/base.kpatch")
fi
printf '%-34s %10s %10s\n' "this build, unsigned" $(run "$LIBCARE_BIN" "$work/prog.kpatch")
printf '%-34s %10s %10s\n' "this build, signed, required" \
	$(run "$LIBCARE_BIN" "$work/signed.kpatch" --require-signature --keys "$work/keys")
kill "$pid"
rm -rf "$work"
