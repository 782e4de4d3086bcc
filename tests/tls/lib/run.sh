#!/usr/bin/env bash
# run.sh CFLAGS: a library's own thread-local variables, read and written
# by its patched code in 8 threads, each keeping its own values.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
cflags=$1
work=${LIBCARE_WORK:-$(mktemp -d)}/tls-lib$(echo "$cflags" | tr -c 'a-zA-Z0-9\n' _)
rm -rf "$work"
tls_build_patch "$src" "$work" libtlsl.so "$cflags -fPIC" "-shared" ||
	{ cat "$work/build.log" >&2; lc_fail "building the patch"; }
gcc -O2 -pthread -o "$work/prog" "$src/main.c" -L"$work" -ltlsl -Wl,-rpath,"$work" ||
	lc_fail "building the program"
out=$work/out
lc_start "$out" "$work/prog"
tls_all_threads "$out" 0 "step 1"
mark=$(lc_size "$out")
libcare-ctl patch -p "$lc_pid" "$work/libtlsl.so.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "patch failed"; }
tls_all_threads "$out" "$mark" "step 10"
lc_alive "$lc_pid"
tls_not_broken "$out"
echo "PASS: tls lib ($cflags)"
