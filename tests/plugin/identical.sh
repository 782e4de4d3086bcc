#!/usr/bin/env bash
# The original stage changes nothing: every object built with the plugin is
# byte-identical to one built without it, and the linked program has the
# same BuildID, for each flag set; with -c -o, -S, -pipe, -save-temps and
# a one-step compile and link of several sources.
set -euo pipefail
plugin=${LIBCARE_PLUGIN:?}
src=$(cd "$(dirname "$0")/../e2e" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$src/static_func/orig.c" a.c
cp "$src/threads/orig.c" b.c
fail() { echo "FAIL: $*" >&2; exit 1; }
buildid() { readelf -n "$1" | awk '/Build ID/ { print $3 }'; }
plug=(-fplugin="$plugin" -fplugin-arg-libcare-stage=original -fplugin-arg-libcare-stash="$work/stash")

for flags in "-O0" "-O2" "-O2 -g" "-g -frecord-gcc-switches" "-O2 -ffunction-sections -fdata-sections" \
	"-O2 -g -fno-pie -no-pie"; do
	for f in a b; do
		gcc $flags -pthread -c $f.c -o plain-$f.o
		gcc $flags -pthread "${plug[@]}" -c $f.c -o plug-$f.o
		cmp plain-$f.o plug-$f.o || fail "$f.o differs with $flags"
		[ -f "$work/stash$work/plug-$f.o.original.s" ] || fail "no stashed assembly for plug-$f.o"
	done
	gcc $flags -pthread -o plain plain-a.o
	gcc $flags -pthread -o plug plug-a.o
	[ "$(buildid plain)" = "$(buildid plug)" ] || fail "BuildID differs with $flags"
	echo "same objects and BuildID: $flags"
done

gcc -O2 -g -c a.c -o plain.o
gcc -O2 -g -pipe "${plug[@]}" -c a.c -o pipe.o
cmp plain.o pipe.o || fail "-pipe changes the object"
gcc -O2 -g -save-temps -c a.c -o temps.o
mv temps.o plain-temps.o
gcc -O2 -g -save-temps "${plug[@]}" -c a.c -o temps.o
cmp plain-temps.o temps.o || fail "-save-temps changes the object"
gcc -O2 -g -S a.c -o plain.s
gcc -O2 -g -S "${plug[@]}" a.c -o plug.s
cmp plain.s plug.s || fail "-S changes the assembly"
KPATCH_STAGE=original KPATCH_STASH=$work/envstash gcc -O2 -g -fplugin="$plugin" -c a.c -o env.o
cmp plain.o env.o || fail "stage from the environment changes the object"
[ -f "$work/envstash$work/env.o.original.s" ] || fail "KPATCH_STASH not used"
# one step, several sources: each TU gets its own stash entry
cp "$src/static_func/orig.c" main.c
printf 'int helper(int x) { return x + 1; }\n' >helper.c
gcc -O2 -g -o prog-plain main.c helper.c
gcc -O2 -g "${plug[@]}" -o prog-plug main.c helper.c
[ "$(buildid prog-plain)" = "$(buildid prog-plug)" ] || fail "one-step build changes the BuildID"
[ -f "$work/stash$work/prog-plug-main.o.original.s" ] && [ -f "$work/stash$work/prog-plug-helper.o.original.s" ] ||
	fail "one-step build did not stash both TUs: $(find "$work/stash" -name '*prog-plug*')"
# no stage at all: the flag can stay in CFLAGS
gcc -O2 -g -fplugin="$plugin" -c a.c -o nostage.o
cmp plain.o nostage.o || fail "the plugin without a stage changes the object"
# a build script's probe (glibc reads constants from the assembly of a
# compile from stdin into a temporary file): no stash entry in either
# stage, the same plain assembly out of both
probe='int probe(void) { return 42; }'
for stage in original patched; do
	rm -rf "$work/probestash"
	echo "$probe" | gcc -O2 -fplugin="$plugin" -fplugin-arg-libcare-stage=$stage \
		-fplugin-arg-libcare-stash="$work/probestash" -S -o "$work/probe-$stage.s" -x c - ||
		fail "a $stage-stage compile from stdin failed"
	[ ! -e "$work/probestash" ] || fail "a compile from stdin was stashed: $(find "$work/probestash" -type f)"
	echo "$probe" | gcc -O2 -fplugin="$plugin" -fplugin-arg-libcare-stage=$stage \
		-fplugin-arg-libcare-stash="$work/probestash" -c -o /dev/null -x c - ||
		fail "a $stage-stage compile into /dev/null failed"
	gcc -O2 -fplugin="$plugin" -fplugin-arg-libcare-stage=$stage \
		-fplugin-arg-libcare-stash="$work/probestash" -S -o - a.c >"$work/stdout-$stage.s" ||
		fail "a $stage-stage compile to standard output failed"
done
echo "$probe" | gcc -O2 -S -o "$work/probe-plain.s" -x c -
# (both stages annotate lines in comments without -g; nothing else may differ)
for stage in original patched; do
	grep -v '# libcare-line' "$work/probe-$stage.s" | cmp -s "$work/probe-plain.s" - ||
		fail "the $stage stage changed a probe's assembly"
done
echo "PASS: identical"
