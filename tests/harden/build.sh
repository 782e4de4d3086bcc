#!/usr/bin/env bash
# build.sh BIN_DIR SRC_DIR OUT_DIR: the hardened patient OUT_DIR/prog and
# its patch OUT_DIR/prog.kpatch (patient.c with compute() returning x + 100
# instead of x + 1), built by hand the way the manual pipeline teaches, and
# OUT_DIR/libearly.so (early.c), and OUT_DIR/prog.crash.kpatch, a patch
# whose compute() crashes.  Done once; later calls find it, until the
# sources or the tools that made it change.
set -euo pipefail
bin=$1 src=$(cd "$2" && pwd) out=$3
export PATH="$bin:$PATH"
mkdir -p "$out"
cd "$out"
exec 9>build.lock
flock 9
[ -s prog.kpatch ] && [ prog.kpatch -nt "$src/patient.c" ] && [ libearly.so -nt "$src/early.c" ] &&
	[ prog.kpatch -nt "$bin/kpatch_make" ] && [ prog.kpatch -nt "$bin/kpatch_strip" ] &&
	[ prog.kpatch -nt "$bin/kpatch_gensrc" ] && exit 0
gcc -shared -fPIC -o libearly.so "$src/early.c"
cflags="-O0"
cp "$src/patient.c" prog.c
gcc $cflags -S prog.c -o orig.s
gcc $cflags -o prog orig.s
sed 's/return x + 1;/return x + 100;/' "$src/patient.c" >prog.c
! cmp -s prog.c "$src/patient.c" || { echo "build.sh: compute() not found in patient.c" >&2; exit 1; }
gcc $cflags -S prog.c -o patched.s
kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
gcc $cflags -o prog.patched merged.s -Wl,-q
kpatch_strip --strip prog.patched prog.stripped
kpatch_strip --rel-fixup prog prog.stripped
strip --strip-unneeded prog.stripped
kpatch_strip --undo-link prog prog.stripped
build_id=$(readelf -n prog | awk '/Build ID/ { print $3 }')
# a broken patch too: its compute() dereferences NULL
sed 's/return x + 1;/return *(volatile int *)0;/' "$src/patient.c" >prog.c
gcc $cflags -S prog.c -o crash.s
kpatch_gensrc --os=rhel6 -i orig.s -i crash.s -o crash.merged.s
gcc $cflags -o prog.crash crash.merged.s -Wl,-q
kpatch_strip --strip prog.crash crash.stripped
kpatch_strip --rel-fixup prog crash.stripped
strip --strip-unneeded crash.stripped
kpatch_strip --undo-link prog crash.stripped
kpatch_make -b "$build_id" -i crash crash.stripped -o prog.crash.kpatch
kpatch_make -b "$build_id" -i harden prog.stripped -o prog.kpatch.tmp
mv prog.kpatch.tmp prog.kpatch
