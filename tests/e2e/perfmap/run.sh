#!/usr/bin/env bash
# run.sh "CFLAGS": the patch code is visible to profilers and debuggers.
# After a patch, /tmp/perf-PID.map names the new work() at the address
# `info --json` gives for it, inside the patch region; perf (when it may
# record here) attributes samples to it; gdb, given the file of
# `info --symbol-file`, names it.  The entries stay after the unpatch; an
# unsafe map (a symbolic link) is left alone with one warning and the
# patch still applies.
. "$(dirname "$0")/../lib.sh"
lc_need_root

cflags=$1
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/perfmap$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
lc_build_patch "$src" "$work" "$cflags" ""

# perf reads maps from /tmp only; the test removes the ones it makes
maps=()
remove_maps() {
	lc_cleanup
	rm -f "${maps[@]}"
}
trap remove_maps EXIT

out=$work/out
lc_start "$out" "$work/prog"
pid=$lc_pid
map=/tmp/perf-$pid.map
maps+=("$map")
rm -f "$map"
lc_wait_for "$out" 0 "version 1"
LIBCARE_PERF_MAP_DIR=/tmp libcare-ctl patch -p "$pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "libcare-ctl patch failed"; }
lc_wait_for "$out" "$(lc_size "$out")" "version 2"
! grep -q warning "$work/patch.log" || { cat "$work/patch.log" >&2; lc_fail "the doctor warned"; }

# the map's work() is the new work() of `info`, inside the region
libcare-ctl info -p "$pid" --json >"$work/info.json" || lc_fail "info --json failed"
read -r region size new < <(python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))["patches"][0]
f = [f for f in p["functions"] if f["name"] == "work"][0]
print(int(p["region"], 16), p["size"], int(f["new"], 16))' "$work/info.json")
[ -f "$map" ] || lc_fail "no $map after the patch"
line=$(grep ' work \[libcare 0001\]$' "$map") || { cat "$map" >&2; lc_fail "work is not in $map"; }
read -r start len _ <<<"$line"
[ $((0x$start)) = "$new" ] || lc_fail "$map has work at 0x$start, info at $(printf 0x%x "$new")"
((0x$len > 0 && 0x$start >= region && 0x$start + 0x$len <= region + size)) ||
	lc_fail "work (0x$start, 0x$len bytes) is not inside the region $(printf 0x%x "$region")+$size"
[ "$(stat -c %U "$map")" = root ] || lc_fail "$map is not root's"

# perf resolves samples in the patched function
if perf record -q -e cpu-clock -o "$work/perf.data" -p "$pid" -- sleep 1 >"$work/perf.log" 2>&1; then
	perf report -i "$work/perf.data" --stdio --sort sym 2>/dev/null >"$work/report.txt"
	grep -q 'work \[libcare 0001\]' "$work/report.txt" ||
		{ head -20 "$work/report.txt" >&2; lc_fail "perf report does not name the patched work"; }
	echo "perf: $(grep 'work \[libcare 0001\]' "$work/report.txt" | head -1 | sed 's/^ *//')"
else
	echo "NOTE: perf cannot record here ($(tail -1 "$work/perf.log")); the map was checked alone"
fi

# gdb loads the symbol file and names the patched function
libcare-ctl info -p "$pid" --symbol-file "$work/patch.sym" >"$work/sym.log" 2>&1 ||
	{ cat "$work/sym.log" >&2; lc_fail "info --symbol-file failed"; }
grep -qx "pid $pid: 1 function(s) written to $work/patch.sym" "$work/sym.log" ||
	{ cat "$work/sym.log" >&2; lc_fail "info --symbol-file did not say what it wrote"; }
if command -v gdb >/dev/null; then
	gdb -p "$pid" -batch -ex "add-symbol-file $work/patch.sym" \
		-ex "info symbol $((new + 3))" >"$work/gdb.log" 2>&1 </dev/null
	grep -q "^work + 3 in section .text of $work/patch.sym" "$work/gdb.log" ||
		{ cat "$work/gdb.log" >&2; lc_fail "gdb does not name the patched work"; }
	lc_alive "$pid"
else
	echo "NOTE: no gdb; the symbol file was not loaded"
fi

# after the unpatch the entries stay: perf reads the map at report time
lines=$(wc -l <"$map")
libcare-ctl unpatch -p "$pid" >"$work/unpatch.log" 2>&1 || lc_fail "unpatch failed"
lc_wait_for "$out" "$(lc_size "$out")" "version 1"
[ "$(wc -l <"$map")" = "$lines" ] || lc_fail "the unpatch changed $map"

# a map that is a symbolic link is never followed: one warning, patch applied
victim=$work/victim
echo keep >"$victim"
ln -sf "$victim" "$work/perf-$pid.map"
LIBCARE_PERF_MAP_DIR=$work libcare-ctl patch -p "$pid" "$work/prog.kpatch" >"$work/patch2.log" 2>&1 ||
	{ cat "$work/patch2.log" >&2; lc_fail "a bad perf map made the patch fail"; }
[ "$(grep -c warning "$work/patch2.log")" = 1 ] &&
	grep -q "perf-$pid.map: not written (it is a symbolic link)" "$work/patch2.log" ||
	{ cat "$work/patch2.log" >&2; lc_fail "expected one warning about the link"; }
[ "$(cat "$victim")" = keep ] || lc_fail "the doctor wrote through the link"
lc_wait_for "$out" "$(lc_size "$out")" "version 2"

# --no-perf-map writes nothing
libcare-ctl unpatch -p "$pid" >/dev/null 2>&1 || lc_fail "unpatch failed"
rm -f "$work/perf-$pid.map"
LIBCARE_PERF_MAP_DIR=$work libcare-ctl patch --no-perf-map -p "$pid" "$work/prog.kpatch" \
	>/dev/null 2>&1 || lc_fail "patch --no-perf-map failed"
[ ! -e "$work/perf-$pid.map" ] || lc_fail "--no-perf-map wrote a map"
lc_alive "$pid"
echo "PASS: perfmap ($cflags)"
