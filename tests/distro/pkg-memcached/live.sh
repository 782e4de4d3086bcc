#!/usr/bin/env bash
# pkg-memcached's live part: the shipped /usr/bin/memcached under memcslap
# load, patched by dpkg -i, upgraded by a higher level; a second memcached
# started then is patched by the watcher (libcare-ctl watch, on a patch
# root of this package alone); dpkg -r unpatches both.  No PID namespace
# here: the kernel sends process events only to listeners in the initial
# one.  Only processes of the shipped memcached are touched.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../../deb/lib.sh"
watch_pid=
stop_watcher() {
	[ -z "$watch_pid" ] || kill "$watch_pid" 2>/dev/null || true
	lc_cleanup
}
trap stop_watcher EXIT
# the watcher's root holds this package's directory only (dangling until
# dpkg -i); SIGHUP makes it read the root again
mkdir -p "$work/root"
ln -s "/var/lib/libcare/patches/$deb_name" "$work/root/$deb_name"
libcare-ctl watch -d "$work/root" >"$work/watch.log" 2>&1 &
watch_pid=$!
for _ in $(seq 200); do
	grep -q '^watch: watching for new processes' "$work/watch.log" && break
	kill -0 $watch_pid 2>/dev/null || { watch_pid=; break; }
	sleep 0.05
done
if [ -z "$watch_pid" ]; then
	echo "note: no watcher here ($(head -1 "$work/watch.log")): the second memcached is left out" >&2
fi
port=$((30000 + RANDOM % 10000))
lc_start "$work/server.log" /usr/bin/memcached -u root -l 127.0.0.1 -p "$port" -U 0 -t 4
first=$lc_pid
for i in $(seq 50); do nc -z 127.0.0.1 "$port" 2>/dev/null && break; sleep 0.1; done
stats() { printf 'stats\r\nquit\r\n' | nc -q1 127.0.0.1 "$port" | tr -d '\r'; }
stat_value() {
	local s
	s=$(stats)
	awk -v k="$1" '$2 == k { print $3 }' <<<"$s"
}
[ -z "$(stat_value libcare_fix)" ] || lc_fail "the shipped memcached shows the new stat"
[ -n "$(stat_value pid)" ] || lc_fail "memcached does not answer stats"

# load in rounds until told to stop; each round must succeed whole
threads=4 per_thread=20000
: >"$work/load.log"
(
	rounds=0
	while [ ! -f "$work/stop-load" ]; do
		memcslap -s "127.0.0.1:$port" -c $threads -e $per_thread -t set >>"$work/load.log" 2>&1 ||
			{ echo "round $rounds failed" >>"$work/load.log"; exit 1; }
		rounds=$((rounds + 1))
	done
	echo "$rounds" >"$work/rounds"
) &
load=$!
sets_before=$(stat_value cmd_set)
sleep 1

deb_dpkg -i "$deb1" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; lc_fail "dpkg -i $deb1"; }
grep -q "^pid $first: memcached: patch memcached-0001 level 1 applied" "$work/install.log" ||
	{ cat "$work/install.log" >&2; lc_fail "the postinst did not report the running memcached patched"; }
[ "$(stat_value libcare_fix)" = 1 ] || lc_fail "after dpkg -i, stats lacks 'libcare_fix 1'"
kill -0 $load 2>/dev/null || lc_fail "the load stopped during the install"

deb_dpkg -i "$deb2" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log" >&2; lc_fail "dpkg -i $deb2"; }
grep -q "^pid $first: memcached: patch memcached-0001 upgraded from level 1 to level 2" "$work/upgrade.log" ||
	{ cat "$work/upgrade.log" >&2; lc_fail "the upgrade did not report level 2 on the running memcached"; }
[ "$(stat_value libcare_fix)" = 2 ] || lc_fail "after the upgrade, stats lacks 'libcare_fix 2'"
info=$(libcare-ctl info -p "$first")
grep -q "memcached-0001" <<<"$info" || lc_fail "info does not show the patch: $info"

# a memcached started now is patched by the watcher right after its exec
second=
if [ -n "$watch_pid" ]; then
	mark=$(wc -l <"$work/watch.log")
	kill -HUP $watch_pid
	for i in $(seq 100); do
		grep -q "^watch: 1 patch(es)" <<<"$(tail -n +"$((mark + 1))" "$work/watch.log")" && break
		sleep 0.05
	done
	port2=$((port + 1))
	lc_start "$work/server2.log" /usr/bin/memcached -u root -l 127.0.0.1 -p "$port2" -U 0 -t 4
	second=$lc_pid
	for i in $(seq 100); do
		grep -q "^pid $second (memcached): patched" <<<"$(tail -n +"$((mark + 1))" "$work/watch.log")" && break
		sleep 0.05
	done
	line=$(grep "^pid $second (memcached): patched" <<<"$(tail -n +"$((mark + 1))" "$work/watch.log")") ||
		{ cat "$work/watch.log" >&2; lc_fail "the watcher did not patch the second memcached"; }
	grep -q "memcached-0001 level 2" <<<"$line" || lc_fail "the second memcached got: $line"
	for i in $(seq 50); do nc -z 127.0.0.1 "$port2" 2>/dev/null && break; sleep 0.1; done
	s=$(printf 'stats\r\nquit\r\n' | nc -q1 127.0.0.1 "$port2" | tr -d '\r')
	[ "$(awk '$2 == "libcare_fix" { print $3 }' <<<"$s")" = 2 ] || lc_fail "the second memcached lacks 'libcare_fix 2'"
	echo "watcher: ${line#*: }"
fi

deb_dpkg -r "$deb_name" >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; lc_fail "dpkg -r $deb_name"; }
grep -q "^unpatched $([ -n "$second" ] && echo 2 || echo 1) process(es)" "$work/remove.log" ||
	{ cat "$work/remove.log" >&2; lc_fail "the prerm did not report the running memcached(s) unpatched"; }
if [ -n "$second" ]; then
	s=$(printf 'stats\r\nquit\r\n' | nc -q1 127.0.0.1 "$port2" | tr -d '\r')
	! grep -q libcare_fix <<<"$s" || lc_fail "after dpkg -r, the second memcached still shows libcare_fix"
	lc_alive "$second"
fi
[ -z "$(stat_value libcare_fix)" ] || lc_fail "after dpkg -r, stats still shows libcare_fix"
[ ! -e "/var/lib/libcare/patches/$deb_name" ] || lc_fail "dpkg -r left /var/lib/libcare/patches/$deb_name"

kill -0 $load 2>/dev/null || lc_fail "the load stopped before the removal ended"
touch "$work/stop-load"
wait $load || { tail "$work/load.log" >&2; lc_fail "a memcslap round failed"; }
! grep -qiE 'fail|error' "$work/load.log" || { grep -iE 'fail|error' "$work/load.log" | head >&2; lc_fail "memcslap reports failures"; }
rounds=$(cat "$work/rounds")
sets=$(($(stat_value cmd_set) - sets_before))
# the first round may have begun before sets_before was read
[ "$sets" -le $((rounds * threads * per_thread)) ] && [ "$sets" -ge $(((rounds - 1) * threads * per_thread)) ] ||
	lc_fail "memcached counted $sets sets for $rounds rounds of $((threads * per_thread))"
lc_alive "$first"
echo "live: $rounds rounds of $((threads * per_thread)) sets, none failed"
