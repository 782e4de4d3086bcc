#!/usr/bin/env bash
# build.sh BIN_DIR SRC_DIR OUT_DIR: the patient of test_switch and its two
# patch levels, built by hand the way the manual pipeline teaches (no
# plugin): OUT_DIR/prog, prog.level1.kpatch and prog.level2.kpatch, both
# with patch id "switch".
set -euo pipefail
bin=$1 src=$2 out=$3
export PATH="$bin:$PATH"
mkdir -p "$out"
cd "$out"
cflags="-O0"
cp "$src/orig.c" prog.c
gcc $cflags -S prog.c -o orig.s
gcc $cflags -o prog orig.s
build_id=$(readelf -n prog | awk '/Build ID/ { print $3 }')
for level in 1 2; do
	cp "$src/level$level.c" prog.c
	gcc $cflags -S prog.c -o level$level.s
	kpatch_gensrc --os=rhel6 -i orig.s -i level$level.s -o merged$level.s
	gcc $cflags -o prog.level$level merged$level.s -Wl,-q
	kpatch_strip --strip prog.level$level level$level.stripped
	kpatch_strip --rel-fixup prog level$level.stripped
	strip --strip-unneeded level$level.stripped
	kpatch_strip --undo-link prog level$level.stripped
	kpatch_make -b "$build_id" -i switch -l $level level$level.stripped -o prog.level$level.kpatch
done
