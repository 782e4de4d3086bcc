#!/bin/sh
# golden.sh KPATCH_GENSRC DIR NAME: merge DIR/NAME.orig.s with
# DIR/NAME.patched.s and compare the result with NAME.expected.s (and its
# notes with NAME.expected.notes when there is one), or for an error case
# the diagnostic with NAME.expected.err (and then OUT stays as it was).
set -u
gensrc=$1 dir=$2 name=$3
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
cd "$dir" || exit 1
gflags=$(cat "$name.gensrc-flags" 2>/dev/null || true)

"$gensrc" $gflags -i "$name.orig.s" -i "$name.patched.s" -o "$out" 2>"$err"
rc=$?
if [ -f "$name.expected.err" ]; then
	if [ $rc -eq 0 ]; then
		echo "FAIL $name: kpatch_gensrc accepted the patch; expected: $(cat "$name.expected.err")"
		exit 1
	fi
	diff -u "$name.expected.err" "$err" || { echo "FAIL $name: other diagnostic"; exit 1; }
	# a refused merge leaves the output as it was: no partial text, no temporary
	if [ -s "$out" ] || ls "$out".* >/dev/null 2>&1; then
		echo "FAIL $name: a refused merge left output behind"
		exit 1
	fi
else
	if [ $rc -ne 0 ]; then
		echo "FAIL $name: kpatch_gensrc failed:"; cat "$err"; exit 1
	fi
	diff -u "$name.expected.s" "$out" || { echo "FAIL $name: output differs"; exit 1; }
	# the notes gensrc gives (functions left unpatched by the line rule)
	if [ -f "$name.expected.notes" ]; then
		diff -u "$name.expected.notes" "$err" || { echo "FAIL $name: other notes"; exit 1; }
	fi
fi
echo "ok $name"
