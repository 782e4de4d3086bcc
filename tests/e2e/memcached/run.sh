#!/usr/bin/env bash
# A real project: memcached from Debian's source package, built with its
# own ./configure && make and Debian's flags.  The memcached started from
# that plain build is patched (a new stat in server_stats) and unpatched
# while memcslap loads it; no request fails.  The gcov-instrumented
# memcached-debug that the same build makes cannot be patched and must be
# named, without stopping the patch for memcached itself.
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
cache=${LIBCARE_WORK:?}/../memcached-source
work=$LIBCARE_WORK/memcached
for tool in memcslap dpkg-buildflags; do
	command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs it)"
done
if [ ! -d "$cache/src" ]; then
	rm -rf "$cache"
	mkdir -p "$cache"
	(cd "$cache" && apt-get source -qq memcached >/dev/null 2>&1) ||
		lc_fail "apt-get source memcached failed (is there a deb-src entry? make deps adds one)"
	mv "$cache"/memcached-*/ "$cache/src"
fi
rm -rf "$work"
mkdir -p "$work"
cp -a "$cache/src" "$work/src"
cd "$work/src"
export DEB_BUILD_MAINT_OPTIONS=
./configure -q CFLAGS="$(dpkg-buildflags --get CFLAGS)" CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)" \
	LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" >"$work/configure.log" 2>&1 || lc_fail "./configure"
make -s -j2 >"$work/make.log" 2>&1 || { tail "$work/make.log" >&2; lc_fail "plain make"; }
[ -x memcached-debug ] || lc_fail "the build made no memcached-debug"
cp memcached "$work/memcached"

status=0
libcare-patch-make --clean -i 0001 "$here/server_stats.patch" >"$work/kpmake.log" 2>&1 || status=$?
grep -q "patch for .*memcached is in" "$work/kpmake.log" || { cat "$work/kpmake.log" >&2; lc_fail "no patch for memcached"; }
grep -q "error: memcached-debug: cannot be patched" "$work/kpmake.log" ||
	{ tail -20 "$work/kpmake.log" >&2; lc_fail "memcached-debug was not named as unpatchable"; }
[ "$status" = 3 ] || lc_fail "libcare-patch-make exited $status, not 3 (some binaries not patched)"
patch=$work/src/patchroot/$(lc_build_id "$work/memcached").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's BuildID"

port=$((30000 + RANDOM % 10000))
lc_start "$work/server.log" "$work/memcached" -u root -l 127.0.0.1 -p "$port" -U 0 -t 4
for i in $(seq 50); do nc -z 127.0.0.1 "$port" 2>/dev/null && break; sleep 0.1; done
stats() { printf 'stats\r\nquit\r\n' | nc -q1 127.0.0.1 "$port"; }
stat_value() { stats | tr -d '\r' | awk -v k="$1" '$2 == k { print $3 }'; }
! stats | grep -q libcare_patched || lc_fail "the unpatched memcached shows the new stat"
sets_before=$(stat_value cmd_set)

threads=8 per_thread=150000
memcslap -s "127.0.0.1:$port" -c $threads -e $per_thread -t set >"$work/load.log" 2>&1 &
load=$!
sleep 1
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
[ "$(stat_value libcare_patched)" = 1 ] || lc_fail "the patched memcached does not show the new stat"
kill -0 $load 2>/dev/null || lc_fail "the load ended before the patch; raise per_thread"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
! stats | grep -q libcare_patched || lc_fail "the stat is still there after unpatch"
kill -0 $load 2>/dev/null || lc_fail "the load ended before the unpatch; raise per_thread"
wait $load || { cat "$work/load.log" >&2; lc_fail "memcslap failed"; }
! grep -qiE 'fail|error' "$work/load.log" || { cat "$work/load.log" >&2; lc_fail "memcslap reports failures"; }
sets=$(($(stat_value cmd_set) - sets_before))
[ "$sets" = $((threads * per_thread)) ] || lc_fail "memcached saw $sets sets, memcslap sent $((threads * per_thread))"
lc_alive "$lc_pid"
echo "PASS: memcached ($sets sets under load, patched and unpatched)"
