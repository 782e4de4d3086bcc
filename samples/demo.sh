#!/usr/bin/env bash
# `make demo`: the manual pipeline of the documentation, step by step, on a
# live process: build a patch from foo.c and bar.c, apply it, look at it,
# take it off.  Needs root (ptrace) and a built tree (build/bin).
set -euo pipefail
# run from `make demo`: the makes below are not its sub-makes
unset MAKEFLAGS MFLAGS MAKELEVEL
top=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$top/build/bin:$PATH"
work=$(mktemp -d /tmp/libcare-demo.XXXXXX)
patient=
trap '[ -n "$patient" ] && kill $patient 2>/dev/null; rm -rf "$work"' EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }
show() { printf '   patient says: %s\n' "$(tail -n 1 "$work/foo.out")"; }

cp "$top/samples/manual/foo.c" "$top/samples/manual/bar.c" "$work/"
cd "$work"
step "1. Assemble the original (foo.c) and the fixed source (bar.c)"
diff -u foo.c bar.c || true
run gcc -S foo.c
run gcc -S bar.c
run sed -i 's/bar.c/foo.c/' bar.s
step "2. gensrc: the original assembly plus the changed function in .kpatch sections"
run kpatch_gensrc --os=rhel6 -i foo.s -i bar.s -o foobar.s
grep -n -A3 'kpatch.info' foobar.s | sed -n 1,8p  # sed reads it all: no SIGPIPE under pipefail
step "3. Link both; keep the patched binary's relocations (-Wl,-q)"
run gcc -o foo foo.s
run gcc -o foobar foobar.s -Wl,-q
step "4. Cut the patch out of the patched binary"
run kpatch_strip --strip foobar foobar.stripped
run kpatch_strip --rel-fixup foo foobar.stripped
run strip --strip-unneeded foobar.stripped
run kpatch_strip --undo-link foo foobar.stripped
buildid=$(readelf -n foo | awk '/Build ID/ { print $3 }')
run kpatch_make -b "$buildid" -i 0001 foobar.stripped -o foo.kpatch
ls -l foo.kpatch
step "5. Start the original program"
./foo >foo.out 2>&1 &
patient=$!
sleep 1.5
show
step "6. Patch it while it runs"
run libcare-ctl -v patch -p "$patient" ./foo.kpatch
sleep 1.5
show
step "7. What is applied, read from the patient's memory"
run libcare-ctl info -p "$patient"
step "8. Take the patch off"
run libcare-ctl unpatch -p "$patient" -i 0001
sleep 1.5
show
step "The patient printed, from start to end:"
uniq -c foo.out
