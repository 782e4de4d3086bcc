#!/usr/bin/env bash
# run.sh "CFLAGS": a C++ shared library patched in a running program
# through the manual chain (-fPIC, kpatch_build): the new answer shows,
# exceptions thrown through the patched function are caught in the
# program's main, and the unpatch brings the old answer back.
. "$(dirname "$0")/../lib.sh"
lc_need_root
cflags=$1
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/cxxlib-$(echo "$cflags" | tr -c 'A-Za-z0-9\n' _)
rm -rf "$work"
mkdir -p "$work"
cd "$work"
(
	set -e
	for v in orig patched; do
		cp "$src/$v.cc" foo.cc
		g++ $cflags -fPIC -S foo.cc -o "$v.s"
	done
	kpatch_gensrc -i orig.s -i patched.s -o merged.s
	g++ $cflags -shared -o libfoo.so orig.s
	g++ $cflags -shared -o libfoo.patched.so merged.s -Wl,-q
	g++ $cflags -o prog "$src/main.cc" -L. -lfoo -Wl,-rpath,"$work"
	kpatch_build -i 0001 libfoo.so libfoo.patched.so -o foo.kpatch
) >build.log 2>&1 || { cat build.log >&2; lc_fail "building the library's patch"; }

out=$work/out
lc_start "$out" ./prog
lc_wait_for "$out" 0 "lib 9"
lc_wait_for "$out" 0 "caught negative"
libcare-ctl patch -p "$lc_pid" foo.kpatch >patch.log 2>&1 || { cat patch.log >&2; lc_fail "libcare-ctl patch"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "LIB 9"
# a line per 1000 calls, half of them throwing: 10 lines are 5000 throws
lc_wait_for "$out" "$mark" "caught refused"
for ((i = 0; i < 200; i++)); do
	n=$(tail -c +"$((mark + 1))" "$out" | grep -cx "caught refused" || true)
	[ "$n" -lt 10 ] || break
	sleep 0.05
done
[ "$n" -ge 10 ] || lc_fail "only $n lines of caught exceptions while patched"
lc_alive "$lc_pid"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >unpatch.log 2>&1 || { cat unpatch.log >&2; lc_fail "libcare-ctl unpatch"; }
lc_wait_for "$out" "$(lc_size "$out")" "lib 9"
lc_alive "$lc_pid"
! grep -q terminate "$out" || lc_fail "the process terminated: $(grep -m1 terminate "$out")"
echo "PASS: cxxlib ($cflags): $((n * 500)) or more exceptions through the patched library caught"
