#!/bin/sh
# Regenerate the golden inputs from the C pairs in golden/:
#   NAME.orig.c, NAME.patched.c, NAME.flags  ->  NAME.orig.s, NAME.patched.s
# (NAME.orig.cc and NAME.patched.cc compile with g++)
# With --expected KPATCH_GENSRC, also rewrite NAME.expected.s (or
# NAME.expected.err for the error cases, named err_*) from the current
# kpatch_gensrc: review the diff before committing it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gensrc=
if [ "${1:-}" = --expected ]; then
	gensrc=$2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for orig in "$here"/golden/*.orig.c "$here"/golden/*.orig.cc; do
	[ -f "$orig" ] || continue
	ext=${orig##*.} cc=gcc
	[ "$ext" = c ] || cc=g++
	name=$(basename "$orig" ".orig.$ext")
	flags=$(cat "$here/golden/$name.flags")
	# both versions compile as the same file in the same directory, as a
	# real patch build does, so .file and DWARF names agree
	for v in orig patched; do
		cp "$here/golden/$name.$v.$ext" "$work/$name.$ext"
		(cd "$work" && $cc $flags -fdebug-prefix-map="$work"=. -S "$name.$ext" -o "$name.$v.s")
		cp "$work/$name.$v.s" "$here/golden/$name.$v.s"
	done
	[ -n "$gensrc" ] || continue
	gflags=$(cat "$here/golden/$name.gensrc-flags" 2>/dev/null || true)
	cd "$here/golden"
	case $name in
	err_*)
		if "$gensrc" $gflags -i "$name.orig.s" -i "$name.patched.s" -o "$work/out.s" \
			2>"$name.expected.err"; then
			echo "$name: kpatch_gensrc accepted an error case" >&2
			exit 1
		fi ;;
	*)
		# the notes too, for the pairs that keep them (line rule)
		notes=/dev/null
		[ ! -f "$name.expected.notes" ] || notes=$name.expected.notes
		"$gensrc" $gflags -i "$name.orig.s" -i "$name.patched.s" -o "$name.expected.s" \
			2>"$notes" ;;
	esac
	cd - >/dev/null
done
