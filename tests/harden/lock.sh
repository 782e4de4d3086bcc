#!/usr/bin/env bash
# One doctor per process at a time.
#   lock.sh pairs [N [T_ODD]]  N times (default 50), two `libcare-ctl patch`
#       of the same patch on one fresh patient at once: exactly one applies
#       it; the other, having waited for the first, finds it "already
#       applied" (exit 0), or with -t T_ODD (every other trial, default 0)
#       may say "another libcare-ctl is working on PID N" (exit 15).
#       Nothing else, and the patient runs the patched code.
#   lock.sh mixed [N]  patch, unpatch and info at once, N times (default
#       30): none sees another's work half done.
#   lock.sh held  a lock held by someone else makes the doctor wait, then
#       refuse, for every command; a holder killed lets the next one in.
#   lock.sh killed  a doctor killed while it holds the lock lets the next
#       one in at once, and the patient runs on.
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
case=$1
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/harden
bash "$here/build.sh" "$LIBCARE_BIN" "$here" "$work/build" || lc_fail "building the patient"
dir=$work/lock-$case
rm -rf "$dir"
mkdir -p "$dir"
patch=$work/build/prog.kpatch

# a fresh output file each time: an old "compute=2" would let the doctors
# in before the new patient's exec
start_patient() {
	rm -f "$dir/out"
	lc_start "$dir/out" "$work/build/prog" none
	while [ ! -e "$dir/out" ]; do sleep 0.01; done
	lc_wait_for "$dir/out" 0 "compute=2"
}

# classify OUT ERR STATUS: one word for what a doctor said
classify() {
	local out=$1 err=$2 status=$3
	if [ "$status" = 0 ] && grep -q "level 0 applied, 1 hunk" "$out" && [ ! -s "$err" ]; then
		echo applied
	elif [ "$status" = 0 ] && grep -q "is already applied" "$out" && [ ! -s "$err" ]; then
		echo already
	elif [ "$status" = 15 ] && [ "$(wc -l <"$err")" = 1 ] &&
		grep -q "another libcare-ctl is working on PID $lc_pid" "$err"; then
		echo locked
	else
		echo "wrong(exit $status: $(cat "$out" "$err" | tr '\n' ' '))"
	fi
}

case $case in
pairs)
	n=${2:-50}
	declare -A seen=()
	for ((i = 0; i < n; i++)); do
		start_patient
		t=5000
		((i % 2)) && t=${3:-0}
		s1=0 s2=0
		libcare-ctl patch -t $t -p "$lc_pid" "$patch" >"$dir/o1" 2>"$dir/e1" &
		p1=$!
		libcare-ctl patch -t $t -p "$lc_pid" "$patch" >"$dir/o2" 2>"$dir/e2" &
		p2=$!
		wait $p1 || s1=$?
		wait $p2 || s2=$?
		a=$(classify "$dir/o1" "$dir/e1" $s1)
		b=$(classify "$dir/o2" "$dir/e2" $s2)
		pair=$(printf '%s\n' "$a" "$b" | sort | tr '\n' '+')
		pair=${pair%+}
		seen[$pair]=$((${seen[$pair]:-0} + 1))
		case $pair in
		already+applied|applied+locked) ;;
		*) lc_fail "trial $i (-t $t): $pair" ;;
		esac
		size=$(lc_size "$dir/out")
		lc_wait_for "$dir/out" "$size" "compute=101"
		lc_alive "$lc_pid"
		kill -9 "$lc_pid"
		wait "$lc_pid" 2>/dev/null || true
	done
	summary=""
	for k in "${!seen[@]}"; do
		summary+="$k: ${seen[$k]}; "
	done
	echo "PASS: $n pairs: $summary"
	;;
mixed)
	# patch, unpatch and info at once: each sees the patient before or
	# after another's work, never in the middle ("State: ..." in info, a
	# record "carries it not applied", code "too short")
	n=${2:-30}
	declare -A seen=()
	for ((i = 0; i < n; i++)); do
		start_patient
		libcare-ctl patch -p "$lc_pid" "$patch" >"$dir/o1" 2>"$dir/e1" &
		p1=$!
		libcare-ctl unpatch -p "$lc_pid" >"$dir/o2" 2>"$dir/e2" &
		p2=$!
		libcare-ctl info -p "$lc_pid" >"$dir/o3" 2>"$dir/e3" &
		p3=$!
		s1=0 s2=0 s3=0
		wait $p1 || s1=$?
		wait $p2 || s2=$?
		wait $p3 || s3=$?
		[ "$s1" = 0 ] && grep -q "applied, 1 hunk" "$dir/o1" ||
			lc_fail "trial $i: patch: exit $s1: $(cat "$dir/o1" "$dir/e1")"
		if [ "$s2" = 0 ] && grep -q "1 patch hunk(s) were successfully cancelled" "$dir/o2"; then
			u=unpatched
		elif [ "$s2" = 3 ] && grep -qx "libcare-ctl: error: pid $lc_pid: no patch is applied" "$dir/e2"; then
			u=nothing-to-unpatch
		else
			lc_fail "trial $i: unpatch: exit $s2: $(cat "$dir/o2" "$dir/e2")"
		fi
		[ "$s3" = 0 ] && [ ! -s "$dir/e3" ] && ! grep -q "State:" "$dir/o3" ||
			lc_fail "trial $i: info: exit $s3: $(cat "$dir/o3" "$dir/e3")"
		grep -q "Patch id: harden" "$dir/o3" && v=info-patched || v=info-unpatched
		seen[$u,$v]=$((${seen[$u,$v]:-0} + 1))
		lc_alive "$lc_pid"
		kill -9 "$lc_pid"
		wait "$lc_pid" 2>/dev/null || true
	done
	summary=""
	for k in "${!seen[@]}"; do
		summary+="$k: ${seen[$k]}; "
	done
	echo "PASS: $n trials: $summary"
	;;
killed)
	# a doctor killed while it holds the lock (waiting for a thread parked
	# in the function) lets the next one in at once
	rm -f "$dir/out"
	lc_start "$dir/out" "$work/build/prog" parked
	while [ ! -e "$dir/out" ]; do sleep 0.01; done
	lc_wait_for "$dir/out" 0 "compute=2"
	libcare-ctl patch -t 20000 -p "$lc_pid" "$patch" >/dev/null 2>&1 &
	first=$!
	sleep 0.5
	kill -9 "$first"
	wait "$first" 2>/dev/null || true
	# the next doctor gets in at once, and sees the killed one's region
	# (mapped, no jump written yet) as such
	t0=$(date +%s%N)
	libcare-ctl info -p "$lc_pid" >"$dir/info" 2>"$dir/err" || lc_fail "info: $(cat "$dir/err")"
	ms=$((($(date +%s%N) - t0) / 1000000))
	[ "$ms" -lt 3000 ] || lc_fail "info took $ms ms"
	grep -q "State: not applied" "$dir/info" || lc_fail "info: $(cat "$dir/info")"
	libcare-ctl unpatch -p "$lc_pid" >/dev/null 2>"$dir/err" || lc_fail "unpatch: $(cat "$dir/err")"
	status=0
	libcare-ctl patch -t 300 -p "$lc_pid" "$patch" >/dev/null 2>"$dir/err" || status=$?
	# busy (6): the thread is still inside compute()
	[ "$status" = 6 ] || { cat "$dir/err" >&2; lc_fail "exit $status, not 6 (busy)"; }
	sleep 0.2
	lc_alive "$lc_pid"
	size=$(lc_size "$dir/out")
	lc_wait_for "$dir/out" "$size" "compute=2"
	echo "PASS: killed: info in $ms ms; then $(cat "$dir/err")"
	;;
held)
	start_patient
	start=$(awk '{ print $22 }' "/proc/$lc_pid/stat")
	lockdir=$dir/locks
	export LIBCARE_LOCK_DIR=$lockdir
	mkdir -p "$lockdir"
	flock -o "$lockdir/$lc_pid-$start" sleep 30 &
	holder=$!
	sleep 0.2
	for cmd in "patch -t 300 -p $lc_pid $patch" "unpatch -t 300 -p $lc_pid" "info -p $lc_pid"; do
		status=0
		t0=$(date +%s%N)
		libcare-ctl $cmd >/dev/null 2>"$dir/err" || status=$?
		ms=$((($(date +%s%N) - t0) / 1000000))
		[ "$status" = 15 ] || { cat "$dir/err" >&2; lc_fail "$cmd: exit $status, not 15"; }
		lc_expect_refusal "$dir/err" "$status"
		grep -q "another libcare-ctl is working on PID $lc_pid" "$dir/err" ||
			lc_fail "$cmd: $(cat "$dir/err")"
		[ "$cmd" = "info -p $lc_pid" ] || [ "$ms" -ge 300 ] || lc_fail "$cmd: waited only $ms ms"
	done
	lc_alive "$lc_pid"
	grep -q "compute=101" "$dir/out" && lc_fail "patched while another held the lock"
	# a doctor that waits gets in once the holder is killed
	libcare-ctl patch -t 5000 -p "$lc_pid" "$patch" >"$dir/o" 2>"$dir/err" &
	waiter=$!
	sleep 0.5
	sleeper=$(pgrep -P "$holder" || true)
	kill -9 "$holder" $sleeper
	wait "$holder" 2>/dev/null || true
	wait "$waiter" || { cat "$dir/err" >&2; lc_fail "the waiting doctor failed"; }
	grep -q "applied, 1 hunk" "$dir/o" || lc_fail "not applied: $(cat "$dir/o")"
	lc_wait_for "$dir/out" 0 "compute=101"
	[ -z "$(ls "$lockdir")" ] || lc_fail "lock files left: $(ls "$lockdir")"
	echo "PASS: held"
	;;
*)
	lc_fail "unknown case $case" ;;
esac
