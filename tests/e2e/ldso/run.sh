#!/usr/bin/env bash
# run.sh "CFLAGS": a program started through the dynamic loader by hand
# (ld.so PROGRAM: /proc/PID/exe is ld.so, the program is mapped by ld.so
# like a library), the way the glibc walk-through runs programs against
# another libc.  Its patch is found by the program's BuildID, applied with
# -p PID and with -p all over a directory, and taken off again.
. "$(dirname "$0")/../lib.sh"
lc_need_root
cflags=$1
src=$(cd "$(dirname "$0")/../static_func" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/ldso$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
lc_build_patch "$src" "$work" "$cflags" ""
ldso=$(readelf -lW "$work/prog" | sed -n 's/.*Requesting program interpreter: \(.*\)]$/\1/p')
[ -x "$ldso" ] || lc_fail "no program interpreter in $work/prog"
out=$work/out
lc_start "$out" "$ldso" "$work/prog"
lc_wait_for "$out" 0 "$(cat "$src/expect.before")"
[ "$(readlink "/proc/$lc_pid/exe")" = "$(readlink -f "$ldso")" ] ||
	lc_fail "the patient's exe is $(readlink "/proc/$lc_pid/exe"), not the loader"
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >"$work/patch.log" 2>&1 ||
	lc_fail "patch -p PID: $(cat "$work/patch.log")"
grep -q "^pid $lc_pid: prog: patch .* applied" "$work/patch.log" || lc_fail "$(cat "$work/patch.log")"
lc_wait_for "$out" "$(lc_size "$out")" "$(cat "$src/expect.after")"
libcare-ctl unpatch -p "$lc_pid" >"$work/unpatch.log" 2>&1 || lc_fail "unpatch: $(cat "$work/unpatch.log")"
lc_wait_for "$out" "$(lc_size "$out")" "$(cat "$src/expect.before")"
# a patch directory: found by the program's BuildID (not -p all: other
# tests run the same program)
mkdir -p "$work/root"
cp "$work/prog.kpatch" "$work/root/$(lc_build_id "$work/prog").kpatch"
libcare-ctl patch -p "$lc_pid" "$work/root" >"$work/dir.log" 2>&1 || lc_fail "patch DIR: $(cat "$work/dir.log")"
grep -q "^pid $lc_pid: prog: patch .* applied" "$work/dir.log" || lc_fail "the directory's patch missed it: $(cat "$work/dir.log")"
lc_wait_for "$out" "$(lc_size "$out")" "$(cat "$src/expect.after")"
libcare-ctl unpatch -p "$lc_pid" >/dev/null 2>&1 || lc_fail "unpatch after the directory's patch"
lc_wait_for "$out" "$(lc_size "$out")" "$(cat "$src/expect.before")"
lc_alive "$lc_pid"
echo "PASS: ldso $cflags: a program started as '$ldso PROGRAM' patched from a file and a patch directory, unpatched"
