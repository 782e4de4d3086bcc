#!/usr/bin/env bash
# How long after exec does the watcher patch a new process, and how much of
# the program ran unpatched meanwhile?  Starts the watcher on a patch root
# holding a patch for a small program that prints a line every 10 ms, then
# starts the program N times one after another: prints the watcher's own
# exec-to-patched figure (median and max), how many starts printed a line
# from the unpatched code first, and the watcher's CPU time per exec of
# programs that have no patch (the filter's cost, over a burst of /bin/true).
# Usage: watch-latency.sh [N]   (default 50); needs root and the
# process-event connector.
here=$(cd "$(dirname "$0")" && pwd)
LIBCARE_BIN=${LIBCARE_BIN:-$here/../../build/bin}
. "$here/../e2e/lib.sh"
lc_need_root
work=$(mktemp -d)
n=${1:-50}
trap 'kill -TERM $watcher 2>/dev/null; lc_cleanup; rm -rf "$work"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { sort -n | tail -n 1; }
cpu_ms() { awk '{ print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$1/stat"; }

lc_build_patch "$here/../watch/prog" "$work" "-O2" ""
mkdir -p "$work/root/prog-fix"
cp "$work/prog.kpatch" "$work/root/prog-fix/$(lc_build_id "$work/prog").kpatch"
libcare-ctl watch -d "$work/root" >"$work/watch.log" 2>&1 &
watcher=$!
for _ in $(seq 100); do
	grep -q '^watch: watching' "$work/watch.log" && break
	kill -0 "$watcher" 2>/dev/null || { cat "$work/watch.log" >&2; exit 77; }
	sleep 0.05
done

raced=0
for ((i = 0; i < n; i++)); do
	lc_start "$work/out-$i" "$work/prog"
	pid=$lc_pid
	for _ in $(seq 200); do
		grep -q "^pid $pid " "$work/watch.log" && break
		sleep 0.01
	done
	kill -9 "$pid"
	wait "$pid" 2>/dev/null || true
	[ "$(head -n 1 "$work/out-$i")" = "answer=41" ] && raced=$((raced + 1))
done
sed -n 's/^pid [0-9]* (prog): patched \([0-9.]*\) ms after exec: .*/\1/p' "$work/watch.log" >"$work/ms"
patched=$(wc -l <"$work/ms")
printf 'starts %d, patched %d\n' "$n" "$patched"
printf 'exec to patched: median %.3f ms, max %.3f ms\n' "$(median <"$work/ms")" "$(max <"$work/ms")"
printf 'starts that printed from unpatched code first: %d of %d\n' "$raced" "$n"

# the filter: programs with no patch, started in a burst
execs=2000
before=$(cpu_ms "$watcher")
start=$(date +%s%N)
for ((i = 0; i < execs; i++)); do /bin/true; done
wall=$((($(date +%s%N) - start) / 1000000))
sleep 0.2
after=$(cpu_ms "$watcher")
printf 'unrelated execs: %d in %d ms; watcher CPU %.0f ms (%.1f us per exec)\n' "$execs" "$wall" \
	"$(echo "$after - $before" | bc -l)" "$(echo "($after - $before) * 1000 / $execs" | bc -l)"
