#!/usr/bin/env bash
# Every patch, upgrade and unpatch says how long the process was stopped:
# "stopped N us" ends its line, with N more than 0 and less than the whole
# command took; info (text and --json) shows the same N for the applied
# patch, kept in the patient's own memory; the -p all summary gives the
# median and longest stop of the processes it patched.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/stopped
rm -rf "$work"
lc_build_patch "$src" "$work" "-O2 -pthread" ""
bid=$(lc_build_id "$work/prog")
# ids of their own: -p all must touch no patient of another test
kpatch_make -b "$bid" -i stopped -l 1 "$work/prog.stripped" -o "$work/level1.kpatch" >/dev/null &&
	kpatch_make -b "$bid" -i stopped -l 2 "$work/prog.stripped" -o "$work/level2.kpatch" >/dev/null ||
	lc_fail "kpatch_make"

now_us() { echo $(($(date +%s%N) / 1000)); }

# run LOG CMD...: runs the doctor, keeps its output and how long it took (us)
run() {
	local log=$1 t0 t1
	shift
	t0=$(now_us)
	"$@" >"$work/$log" 2>&1 || { cat "$work/$log" >&2; lc_fail "$* failed"; }
	t1=$(now_us)
	wall=$((t1 - t0))
}

# stop_of LOG PATTERN: N of the one line matching PATTERN (a sed regex
# ending where ", stopped N us" begins), checked to be 0 < N < wall
stop_of() {
	local n
	n=$(sed -n "s/^$2, stopped \([0-9][0-9]*\) us\$/\1/p" "$work/$1")
	[ "$(printf '%s\n' "$n" | grep -c .)" = 1 ] ||
		{ cat "$work/$1" >&2; lc_fail "no one line '$2, stopped N us' in $1"; }
	[ "$n" -gt 0 ] && [ "$n" -lt "$wall" ] ||
		lc_fail "$1: stopped $n us, while the whole command took $wall us"
	echo "$n"
}

# info_says N: info and info --json show the stop N for the one patch
info_says() {
	libcare-ctl info -p "$pid" >"$work/info" || lc_fail "info failed"
	grep -q "^Pid: $pid Target: prog .* Patch id: stopped Patch level: $2 Stopped: $1 us\$" "$work/info" ||
		{ cat "$work/info" >&2; lc_fail "info does not say level $2 stopped $1 us"; }
	libcare-ctl info -p "$pid" --json >"$work/info.json" || lc_fail "info --json failed"
	[ "$(grep -o '"stopped_us": [0-9a-z]*' "$work/info.json")" = "\"stopped_us\": $1" ] ||
		{ cat "$work/info.json" >&2; lc_fail "info --json does not say stopped_us $1"; }
}

lc_start "$work/out" "$work/prog"
pid=$lc_pid
lc_wait_for "$work/out" 0 v1

run patch.log libcare-ctl patch -p "$pid" "$work/level1.kpatch"
n=$(stop_of patch.log "pid $pid: prog: patch stopped level 1 applied, 1 hunk(s)")
lc_wait_for "$work/out" 0 v2
info_says "$n" 1
echo "patch: stopped $n us of $wall us"

run upgrade.log libcare-ctl patch -p "$pid" "$work/level2.kpatch"
n=$(stop_of upgrade.log "pid $pid: prog: patch stopped upgraded from level 1 to level 2, 1 hunk(s)")
info_says "$n" 2
echo "upgrade: stopped $n us of $wall us"

run unpatch.log libcare-ctl unpatch -p "$pid" -i stopped
n=$(stop_of unpatch.log "pid $pid: prog: patch stopped level 2 removed, 1 hunk(s)")
lc_wait_for "$work/out" "$(lc_size "$work/out")" v1
echo "unpatch: stopped $n us of $wall us"
lc_alive "$pid"

# -p all: the one process, so the summary's median and max are its stop
for what in patch unpatch; do
	if [ $what = patch ]; then
		run all.log libcare-ctl patch -p all "$work/level1.kpatch"
		n=$(stop_of all.log "pid $pid: prog: patch stopped level 1 applied, 1 hunk(s)")
	else
		run all.log libcare-ctl unpatch -p all -i stopped
		n=$(stop_of all.log "pid $pid: prog: patch stopped level 1 removed, 1 hunk(s)")
	fi
	grep -qx "${what}ed 1 process(es), not applicable to [0-9]*, failed for 0, stopped median $n us, max $n us" \
		"$work/all.log" || { cat "$work/all.log" >&2; lc_fail "the $what -p all summary does not say $n us"; }
done
lc_alive "$pid"
echo "PASS: e2e.stopped"
