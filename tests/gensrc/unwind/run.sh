#!/bin/sh
# run.sh SRC_DIR "CFLAGS": the unwind and exception tables gensrc writes
# for C++ code, tested without the doctor.  The patched binary, linked
# from gensrc's merge of SRC_DIR's orig.cc and patched.cc (with the zero
# word that ends .kpatch.eh_frame, as the linker stage adds it), runs with
# redirect.so, which jumps from the old functions to the new ones and
# registers the table: thousands of exceptions thrown through the patched
# method must be caught in main.  Without the registration the first one
# must end the process, or the test would prove nothing.
set -eu
src=$1 cflags=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $* ($cflags)"; exit 1; }

gcc -shared -fPIC -o redirect.so "$here/redirect.c" -lgcc_s
for v in orig patched; do
	cp "$src/$v.cc" prog.cc
	g++ $cflags -S prog.cc -o "$v.s"
done
"$LIBCARE_BIN/kpatch_gensrc" -i orig.s -i patched.s -o merged.s
printf '\t.section .kpatch.eh_frame,"a",@progbits\n\t.long 0\n\t.section .note.GNU-stack,"",@progbits\n' >end.s
g++ $cflags -o prog merged.s end.s

timeout 2 env LD_PRELOAD="$work/redirect.so" ./prog >out 2>err || true
grep -qx "answer 63 id 1 -2" out || fail "the patched method's answer did not show: $(head -3 out err)"
timeout 3 env LD_PRELOAD="$work/redirect.so" ./prog throw >out 2>err || true
! grep -q terminate err || fail "an exception thrown through the patched code ended the process: $(head -3 err)"
n=$(grep -cx "caught refused request -1" out || true)
# one line per 500 exceptions caught
[ "$n" -ge 10 ] || fail "only $n lines of 500 exceptions caught: $(head -3 out err)"
! grep -v -x "caught refused request -1" out || fail "main caught something else"
timeout 3 env LIBCARE_TEST_NO_REGISTER=1 LD_PRELOAD="$work/redirect.so" ./prog throw >out 2>err || true
grep -q "terminate called" err ||
	fail "without the patch's unwind table the exception was caught anyway: the test proves nothing"
echo "PASS: $((n * 500)) exceptions through the patched code caught ($cflags)"
