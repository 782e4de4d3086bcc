#!/usr/bin/env bash
# pkg-memcached's live part, pid 1 of its own PID namespace: the shipped
# /usr/bin/memcached under memcslap load, patched by dpkg -i, upgraded by
# a higher level, unpatched by dpkg -r.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../../deb/lib.sh"
port=$((30000 + RANDOM % 10000))
lc_start "$work/server.log" /usr/bin/memcached -u root -l 127.0.0.1 -p "$port" -U 0 -t 4
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
grep -q "^pid $lc_pid: memcached: patch memcached-0001 level 1 applied" "$work/install.log" ||
	{ cat "$work/install.log" >&2; lc_fail "the postinst did not report the running memcached patched"; }
[ "$(stat_value libcare_fix)" = 1 ] || lc_fail "after dpkg -i, stats lacks 'libcare_fix 1'"
kill -0 $load 2>/dev/null || lc_fail "the load stopped during the install"

deb_dpkg -i "$deb2" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log" >&2; lc_fail "dpkg -i $deb2"; }
grep -q "^pid $lc_pid: memcached: patch memcached-0001 upgraded from level 1 to level 2" "$work/upgrade.log" ||
	{ cat "$work/upgrade.log" >&2; lc_fail "the upgrade did not report level 2 on the running memcached"; }
[ "$(stat_value libcare_fix)" = 2 ] || lc_fail "after the upgrade, stats lacks 'libcare_fix 2'"
info=$(libcare-ctl info -p "$lc_pid")
grep -q "memcached-0001" <<<"$info" || lc_fail "info does not show the patch: $info"

deb_dpkg -r "$deb_name" >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; lc_fail "dpkg -r $deb_name"; }
grep -q "^unpatched 1 process(es)" "$work/remove.log" ||
	{ cat "$work/remove.log" >&2; lc_fail "the prerm did not report the running memcached unpatched"; }
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
lc_alive "$lc_pid"
echo "live: $rounds rounds of $((threads * per_thread)) sets, none failed"
