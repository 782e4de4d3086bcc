#!/usr/bin/env bash
# run.sh CFLAGS LDFLAGS [GENSRC_FLAGS]: patched code fails a system call and reports
# errno (libc's TLS, through __errno_location) with strerror, to stderr
# (fprintf) and stdout (printf, copy-relocated), in two threads at once.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
cflags=$1 ldflags=$2
export TLS_GENSRC_FLAGS=${3:-}
work=${LIBCARE_WORK:-$(mktemp -d)}/tls-errno$(echo "$cflags $ldflags $TLS_GENSRC_FLAGS" | tr -c 'a-zA-Z0-9\n' _)
rm -rf "$work"
tls_build_patch "$src" "$work" prog "$cflags -pthread" "$ldflags" ||
	{ cat "$work/build.log" >&2; lc_fail "building the patch"; }
out=$work/out
lc_start "$out" "$work/prog"
lc_wait_for "$out" 0 "thread 0 unpatched"
lc_wait_for "$out" 0 "thread 1 unpatched"
mark=$(lc_size "$out")
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
	{ cat "$work/patch.log" >&2; lc_fail "patch failed"; }
lc_wait_for "$out" "$mark" "thread 0: No such file or directory"
lc_wait_for "$out" "$mark" "thread 0 errno 2 fd -1"
lc_wait_for "$out" "$mark" "thread 1: Bad file descriptor"
lc_wait_for "$out" "$mark" "thread 1 errno 9 fd -1"
lc_alive "$lc_pid"
echo "PASS: tls errno ($cflags $ldflags $TLS_GENSRC_FLAGS)"
