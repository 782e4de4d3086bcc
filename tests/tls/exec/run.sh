#!/usr/bin/env bash
# run.sh CFLAGS LDFLAGS: the program's own thread-local variables (local-
# and initial-exec) and a library's (initial-exec through the GOT), read
# and written by patched code in 8 threads, each keeping its own values.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
cflags=$1 ldflags=$2
work=${LIBCARE_WORK:-$(mktemp -d)}/tls-exec$(echo "$cflags $ldflags" | tr -c 'a-zA-Z0-9\n' _)
rm -rf "$work"
mkdir -p "$work"
gcc $cflags -fPIC -shared -o "$work/libtlslib.so" "$src/tlslib.c" ||
	lc_fail "building libtlslib.so"
gcc $cflags -c -o "$work/other.o" "$src/other.c" || lc_fail "building other.o"
tls_build_patch "$src" "$work" prog "$cflags -pthread" \
	"$ldflags other.o -L. -ltlslib -Wl,-rpath,$work" ||
	{ cat "$work/build.log" >&2; lc_fail "building the patch"; }
out=$work/out
lc_start "$out" "$work/prog"
tls_all_threads "$out" 0 "step 1"
mark=$(lc_size "$out")
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "patch failed"; }
tls_all_threads "$out" "$mark" "step 10"
sleep 0.2
mark=$(lc_size "$out")
libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "unpatch failed"; }
tls_all_threads "$out" "$mark" "step 1"
lc_alive "$lc_pid"
tls_not_broken "$out"
echo "PASS: tls exec ($cflags $ldflags)"
