#!/usr/bin/env bash
# build.sh BIN_DIR SRC_DIR OUT_DIR: the seed pair of fuzz_strip, built as
# the manual pipeline teaches: OUT_DIR/orig, and OUT_DIR/patched linked
# with -Wl,-q from kpatch_gensrc's merge (the input kpatch_strip takes).
set -euo pipefail
bin=$1 src=$2 out=$3
mkdir -p "$out"
cd "$out"
cp "$src/orig.c" prog.c
gcc -O2 -S prog.c -o orig.s
cp "$src/patched.c" prog.c
gcc -O2 -S prog.c -o patched.s
"$bin/kpatch_gensrc" --os=rhel6 -i orig.s -i patched.s -o merged.s
gcc -O2 -o orig orig.s
gcc -O2 -o patched merged.s -Wl,-q
"$bin/kpatch_build" -i seed orig patched -o seed.kpatch
