#!/usr/bin/env bash
# `make demo`, part two: the server walk-through.  A vulnerable server runs,
# an exploit makes it run code it should not, libcare-patch-make builds the
# fix into a patch, the doctor applies it to the running server and the
# exploit stops working; unpatch brings the hole back.
set -euo pipefail
# run from `make demo`: the makes below are not its sub-makes
unset MAKEFLAGS MFLAGS MAKELEVEL
top=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$top/build/bin:$PATH"
work=$(mktemp -d /tmp/libcare-server-demo.XXXXXX)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }
says() {
	sleep 0.5
	printf '   server says:\n'
	tail -c +"$(($1 + 1))" "$work/server.out" | sed 's/[^[:print:]]/?/g; s/^/   | /'
}
mark() { stat -c %s "$work/server.out"; }

cp -r "$top/samples/server/." "$work/"
cd "$work"
export SERVER_PORT=${SERVER_PORT:-3345}
step "1. Build and start the vulnerable server"
run make install DESTDIR=vuln
./vuln/server >server.out 2>&1 &
server=$!
sleep 0.5
m=$(mark)
printf "$ echo 'Hi!' | nc -q1 127.0.0.1 %s\n" "$SERVER_PORT"
echo 'Hi!' | nc -q1 127.0.0.1 "$SERVER_PORT"
says "$m"
step "2. Exploit it: hack.sh overflows handle_connection's buffer"
m=$(mark)
run ./hack.sh "$server"
says "$m"
step "3. Build the fix into a binary patch"
cat server.patch
run libcare-patch-make --clean -i 0001 server.patch | grep -E '^(BUILDING|INSTALLING|MAKING|applying|patch for)'
ls patchroot
step "4. Patch the running server (pid $server)"
run libcare-ctl -v patch -p "$server" patchroot
run libcare-ctl info -p "$server"
step "5. The same exploit against the patched server"
m=$(mark)
run ./hack.sh "$server"
says "$m"
step "6. Unpatch: the hole is back"
run libcare-ctl unpatch -p "$server" -i 0001
m=$(mark)
run ./hack.sh "$server"
says "$m"
