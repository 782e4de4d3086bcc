#!/usr/bin/env bash
# watch.sh CASE: libcare-ctl watch patches the programs started after a
# patch appeared in its patch root, leaves those started before alone
# (unless --existing), refuses without harm what it cannot patch, keeps up
# with bursts of events and stops cleanly on SIGTERM.  Needs root and the
# kernel's process-event connector; skips (77) without them.
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
case=$1
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/watch-$case
rm -rf "$work"
mkdir -p "$work/root"
log=$work/watch.log
watch_pid=

stop_watcher() {
	[ -z "$watch_pid" ] || kill -9 "$watch_pid" 2>/dev/null || true
	lc_cleanup
}
trap stop_watcher EXIT

# start_watcher ARGS...: the watcher on $work/root, its output in $log.
start_watcher() {
	libcare-ctl watch -d "$work/root" "$@" >"$log" 2>&1 &
	watch_pid=$!
	for _ in $(seq 200); do
		grep -q '^watch: watching for new processes' "$log" && return 0
		if ! kill -0 "$watch_pid" 2>/dev/null; then
			if grep -q 'process-event connector\|process events' "$log"; then
				echo "SKIP: the kernel's process-event connector is not available here: $(cat "$log")" >&2
				exit 77
			fi
			cat "$log" >&2
			lc_fail "the watcher exited at start"
		fi
		sleep 0.05
	done
	lc_fail "the watcher did not start within 10 s"
}

# mark_log: wait_log looks only at what the watcher says from now on.
mark=0
mark_log() {
	mark=$(wc -l <"$log")
}

# wait_log REGEX [SECONDS]: a line of the watcher's output since mark_log
# matches REGEX.
wait_log() {
	local i
	for ((i = 0; i < ${2:-10} * 20; i++)); do
		tail -n +"$((mark + 1))" "$log" | grep -qE -- "$1" && return 0
		sleep 0.05
	done
	cat "$log" >&2
	lc_fail "the watcher did not say /$1/ within ${2:-10}s"
}

# install_patch PACKAGE FILE BUILDID: as a package manager would, the file
# under a temporary name first, then renamed.
install_patch() {
	mkdir -p "$work/root/$1"
	cp "$2" "$work/root/$1/$3.kpatch.tmp"
	mv "$work/root/$1/$3.kpatch.tmp" "$work/root/$1/$3.kpatch"
}

# stop_cleanly: SIGTERM ends the watcher at once with status 0.
stop_cleanly() {
	local status=0
	kill -TERM "$watch_pid"
	timeout 5 tail --pid="$watch_pid" -f /dev/null || lc_fail "the watcher did not stop within 5 s of SIGTERM"
	wait "$watch_pid" || status=$?
	watch_pid=
	[ "$status" = 0 ] || lc_fail "the watcher exited with $status on SIGTERM"
	[ "$(tail -n 1 "$log")" = "watch: stopped" ] || { cat "$log" >&2; lc_fail "no 'watch: stopped' at the end"; }
}

# not_in_log PID: the watcher never spoke of PID.
not_in_log() {
	! grep -q "^pid $1 " "$log" || { cat "$log" >&2; lc_fail "the watcher touched pid $1"; }
}

# exec_ms PID: how long after exec the watcher says it patched PID.
exec_ms() {
	sed -n "s/^pid $1 ([^)]*): patched \([0-9.]*\) ms after exec: .*/\1/p" "$log"
}

build_prog() {
	lc_build_patch "$here/$1" "$work" "-O2" ""
	id=$(lc_build_id "$work/prog")
}

case $case in
newcomer)
	build_prog prog
	start_watcher
	lc_start "$work/old.out" "$work/prog"
	old=$lc_pid
	lc_wait_for "$work/old.out" 0 "answer=41"
	mark_log
	install_patch prog-fix "$work/prog.kpatch" "$id"
	wait_log "^watch: 1 patch\(es\) in $work/root\$"
	lc_start "$work/new.out" "$work/prog"
	new=$lc_pid
	lc_wait_for "$work/new.out" 0 "answer=42" 3
	wait_log "^pid $new \(prog\): patched [0-9.]+ ms after exec: prog: patch 0001 level [0-9]+, 1 hunk\(s\)\$" 3
	[ "$(grep -c "^pid $new " "$log")" = 1 ] || { cat "$log" >&2; lc_fail "more than one line for pid $new"; }
	ms=$(exec_ms "$new")
	awk -v ms="$ms" 'BEGIN { exit !(ms > 0 && ms < 1000) }' ||
		lc_fail "patched $ms ms after exec: not within a second"
	echo "exec to patched: $ms ms"
	# the one started before the patch is not the watcher's business
	off=$(lc_size "$work/old.out")
	lc_wait_for "$work/old.out" "$off" "answer=41"
	! grep -qx "answer=42" "$work/old.out" || lc_fail "the program started before the patch was patched"
	not_in_log "$old"
	libcare-ctl info -p "$old" | grep -q 0001 && lc_fail "info shows a patch in pid $old"
	stop_cleanly
	lc_alive "$new"
	off=$(lc_size "$work/new.out")
	lc_wait_for "$work/new.out" "$off" "answer=42"
	# a program started after the watcher stopped runs as built
	lc_start "$work/late.out" "$work/prog"
	lc_wait_for "$work/late.out" 0 "answer=41"
	sleep 0.3
	! grep -qx "answer=42" "$work/late.out" || lc_fail "patched after the watcher stopped"
	;;
existing)
	build_prog prog
	lc_start "$work/old.out" "$work/prog"
	old=$lc_pid
	lc_wait_for "$work/old.out" 0 "answer=41"
	start_watcher --existing
	install_patch prog-fix "$work/prog.kpatch" "$id"
	wait_log "^pid $old \(prog\): patched: prog: patch 0001 level [0-9]+, 1 hunk\(s\)\$" 5
	off=$(lc_size "$work/old.out")
	lc_wait_for "$work/old.out" "$off" "answer=42"
	# read again (another file in the root): what is applied is not applied twice
	touch "$work/root/prog-fix"
	kill -HUP "$watch_pid"
	sleep 0.5
	[ "$(grep -c "^pid $old " "$log")" = 1 ] || { cat "$log" >&2; lc_fail "pid $old patched twice"; }
	stop_cleanly
	;;
busy)
	# a program that never leaves the changed function: refused in one
	# line, and it runs on exactly as before
	build_prog busy
	install_patch busy-fix "$work/prog.kpatch" "$id"
	start_watcher -t 300
	lc_start "$work/busy.out" "$work/prog"
	pid=$lc_pid
	wait_log "^pid $pid \(prog\): not patched: " 10
	[ "$(grep -c "^pid $pid " "$log")" = 1 ] || { cat "$log" >&2; lc_fail "more than one line for pid $pid"; }
	lc_alive "$pid"
	off=$(lc_size "$work/busy.out")
	lc_wait_for "$work/busy.out" "$off" "waiting=1"
	! grep -qx "waiting=2" "$work/busy.out" || lc_fail "the busy program was changed"
	stop_cleanly
	;;
lib)
	# the patch is for a library the program maps: found once the loader is done
	(
		cd "$work"
		cp "$here/../run/lib/libcalc.c" libcalc.c
		gcc -O2 -fPIC -S libcalc.c -o orig.s
		cp "$here/../run/lib/libcalc.patched.c" libcalc.c
		gcc -O2 -fPIC -S libcalc.c -o patched.s
		kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
		gcc -shared -fPIC -o libcalc.so orig.s
		gcc -shared -fPIC -o libcalc.patched merged.s -Wl,-q
		kpatch_strip --strip libcalc.patched libcalc.stripped
		kpatch_strip --rel-fixup libcalc.so libcalc.stripped
		strip --strip-unneeded libcalc.stripped
		kpatch_strip --undo-link libcalc.so libcalc.stripped
		kpatch_make -b "$(lc_build_id libcalc.so)" -i 0002 libcalc.stripped -o libcalc.kpatch
		gcc -O2 -o prog "$here/lib/main.c" -L. -lcalc -Wl,-rpath,"$work"
	) || lc_fail "building the library patch"
	start_watcher
	mark_log
	install_patch libcalc-fix "$work/libcalc.kpatch" "$(lc_build_id "$work/libcalc.so")"
	wait_log "^watch: 1 patch\(es\) in "
	lc_start "$work/new.out" "$work/prog"
	new=$lc_pid
	lc_wait_for "$work/new.out" 0 "lib_compute=42" 3
	wait_log "^pid $new \(prog\): patched [0-9.]+ ms after exec: libcalc.so: patch 0002 " 3
	# taken away: the next program runs as built
	mark_log
	rm -r "$work/root/libcalc-fix"
	wait_log "^watch: 0 patch\(es\) in "
	lc_start "$work/after.out" "$work/prog"
	after=$lc_pid
	lc_wait_for "$work/after.out" 0 "lib_compute=41"
	sleep 0.3
	! grep -qx "lib_compute=42" "$work/after.out" || lc_fail "patched after the patch was removed"
	not_in_log "$after"
	stop_cleanly
	;;
burst)
	# a receive buffer too small for a burst of execs: events are lost, the
	# watcher rescans /proc and still finds the program started meanwhile
	build_prog prog
	install_patch prog-fix "$work/prog.kpatch" "$id"
	start_watcher --buffer 4096
	burst=()
	for _ in 1 2 3 4; do
		(for _ in $(seq 600); do /bin/true; done) &
		burst+=($!)
	done
	sleep 0.2
	lc_start "$work/new.out" "$work/prog"
	new=$lc_pid
	wait "${burst[@]}"
	lc_wait_for "$work/new.out" 0 "answer=42" 5
	wait_log "^watch: process events were lost in a burst \([0-9]+ time\(s\)\); rescanned, [0-9]+ process\(es\) started since\$" 5
	wait_log "^pid $new \(prog\): patched " 5
	stop_cleanly
	;;
*)
	lc_fail "unknown case $case" ;;
esac
echo "PASS: watch $case"
