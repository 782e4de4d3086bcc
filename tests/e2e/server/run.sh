#!/usr/bin/env bash
# The server sample: the exploit works on the running server, stops working
# once libcare-patch-make's patch is applied, and works again after unpatch.
. "$(dirname "$0")/../lib.sh"
lc_need_root
sample=$(cd "$(dirname "$0")/../../../samples/server" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/server
rm -rf "$work"
mkdir -p "$work"
cp "$sample/server.c" "$sample/Makefile" "$sample/server.patch" "$sample/hack.sh" "$work/"
cd "$work"
export SERVER_PORT=$((20000 + RANDOM % 10000))
make -s install DESTDIR=vuln >/dev/null || lc_fail "building the server"
lc_start "$work/out" ./vuln/server
for i in $(seq 50); do nc -z 127.0.0.1 "$SERVER_PORT" 2>/dev/null && break; sleep 0.1; done
echo 'Hi!' | nc -q1 127.0.0.1 "$SERVER_PORT"
lc_wait_for "$work/out" 0 "Got Hi!"

hack() {
	local mark
	mark=$(lc_size "$work/out")
	./hack.sh "$lc_pid" >/dev/null || lc_fail "hack.sh failed"
	echo 'ping' | nc -q1 127.0.0.1 "$SERVER_PORT"
	lc_wait_for "$work/out" "$mark" "Got ping"
	tail -c +"$((mark + 1))" "$work/out" | grep -q "You hacked me!"
}
hack || lc_fail "the exploit does not work on the unpatched server"
libcare-patch-make --clean -i 0001 server.patch >kpmake.log 2>&1 || { cat kpmake.log >&2; lc_fail "libcare-patch-make"; }
libcare-ctl -v patch -p "$lc_pid" patchroot >patch.log 2>&1 || { cat patch.log >&2; lc_fail "patch"; }
! hack || lc_fail "the exploit still works on the patched server"
lc_alive "$lc_pid"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >unpatch.log 2>&1 || { cat unpatch.log >&2; lc_fail "unpatch"; }
hack || lc_fail "the exploit does not work again after unpatch"
lc_alive "$lc_pid"
echo "PASS: server"
