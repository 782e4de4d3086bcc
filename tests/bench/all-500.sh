#!/usr/bin/env bash
# `-p all` over many small patients (500 by default) of one program: the
# wall time of `patch -p all` and of `unpatch -p all`, and each patient's
# own stop as the doctor reports it ("stopped N us"), median, 99th
# percentile and max, next to the stop of the same program patched alone
# (a fresh patient each time, as cold as each of the many).  Several
# rounds; the totals are medians over them, the stops pooled.  A stop
# counts the time the doctor waits for a CPU while it holds a patient: on
# a busy machine the tail is other processes' time slices.
# Usage: all-500.sh [PATIENTS]   (ROUNDS=3, SINGLE_RUNS=21); needs root.
here=$(cd "$(dirname "$0")" && pwd)
LIBCARE_BIN=${LIBCARE_BIN:-$here/../../build/bin}
. "$here/../e2e/lib.sh"
lc_need_root
patients=${1:-500}
rounds=${ROUNDS:-3}
single_runs=${SINGLE_RUNS:-21}
work=$(mktemp -d)
trap 'lc_cleanup; rm -rf "$work"' EXIT
lc_build_patch "$here/many" "$work" "-O2" ""
id=bench-all-$$
bid=$(lc_build_id "$work/prog")
# an id of its own: `unpatch -p all -i` then touches nothing but these
kpatch_make -b "$bid" -i "$id" "$work/prog.stripped" -o "$work/$id.kpatch" >/dev/null ||
	lc_fail "kpatch_make"

now_us() { echo $(($(date +%s%N) / 1000)); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2); else print "-" }'; }
maxof() { sort -n | tail -n 1; }
# pct P: the P-th percentile (nearest rank)
pct() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { k = int((NR * p + 99) / 100); print NR ? v[k < 1 ? 1 : k] : "-" }'; }
# the stops the doctor reported, one per line, from its output FILES
stops() { cat "$@" | sed -n 's/^pid [0-9]*: .*, stopped \([0-9]*\) us$/\1/p'; }

# The same program alone, SINGLE_RUNS times, each a patient of its own
# patched once and unpatched once: as cold as each of the many is.
for ((r = 0; r < single_runs; r++)); do
	lc_start "$work/single.out" "$work/prog"
	single=$lc_pid
	lc_wait_for "$work/single.out" 0 v1
	t0=$(now_us)
	libcare-ctl patch -p "$single" "$work/$id.kpatch" >"$work/single.p$r" || lc_fail "patch alone"
	t1=$(now_us)
	libcare-ctl unpatch -p "$single" -i "$id" >"$work/single.u$r" || lc_fail "unpatch alone"
	t2=$(now_us)
	echo "$((t1 - t0)) $((t2 - t1))" >>"$work/single.wall"
	kill "$single"
	wait "$single" 2>/dev/null || true
done
single_patch=$(stops "$work"/single.p* | median)
single_unpatch=$(stops "$work"/single.u* | median)

for ((i = 0; i < patients; i++)); do
	"$work/prog" >"$work/out.$i" 2>&1 &
	lc_patients+=("$!")
	disown
done
for ((i = 0; i < patients; i++)); do
	lc_wait_for "$work/out.$i" 0 v1 30
done

for ((r = 0; r < rounds; r++)); do
	t0=$(now_us)
	# a process of somebody else's that another doctor holds fails -p all
	# too: only the count of ours matters here
	libcare-ctl patch -p all "$work/$id.kpatch" >"$work/all.p$r" 2>&1 || true
	t1=$(now_us)
	libcare-ctl unpatch -p all -i "$id" >"$work/all.u$r" 2>&1 || true
	t2=$(now_us)
	grep -q "^patched $patients process(es)" "$work/all.p$r" ||
		lc_fail "round $r: $(tail -n 1 "$work/all.p$r")"
	grep -q "^unpatched $patients process(es)" "$work/all.u$r" ||
		lc_fail "round $r: $(tail -n 1 "$work/all.u$r")"
	echo "$((t1 - t0)) $((t2 - t1))" >>"$work/all.wall"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
row() {	# what, wall_ms, single stop, median, p99 and max stop
	printf '%-8s %10s %12s %12s %10s %10s %8s %8s %8s\n' "$1" "$2" "$3" "$4" "$5" "$6" \
		"$(ratio "$4" "$3")" "$(ratio "$5" "$3")" "$(ratio "$6" "$3")"
}
echo "$patients patients, $rounds round(s); stops in us, single = the program patched alone (median of $single_runs)"
printf '%-8s %10s %12s %12s %10s %10s %8s %8s %8s\n' "" total_ms single_stop median_stop \
	p99 max med/1 p99/1 max/1
row patch "$(awk '{ print $1 }' "$work/all.wall" | median | awk '{ printf "%.0f", $1 / 1000 }')" \
	"$single_patch" "$(stops "$work"/all.p* | median)" "$(stops "$work"/all.p* | pct 99)" \
	"$(stops "$work"/all.p* | maxof)"
row unpatch "$(awk '{ print $2 }' "$work/all.wall" | median | awk '{ printf "%.0f", $1 / 1000 }')" \
	"$single_unpatch" "$(stops "$work"/all.u* | median)" "$(stops "$work"/all.u* | pct 99)" \
	"$(stops "$work"/all.u* | maxof)"
echo "alone, wall ms: patch $(awk '{ print $1 }' "$work/single.wall" | median | awk '{ printf "%.1f", $1 / 1000 }')," \
	"unpatch $(awk '{ print $2 }' "$work/single.wall" | median | awk '{ printf "%.1f", $1 / 1000 }')"
