#!/usr/bin/env bash
# libcare-patch-make exits non-zero and names the step whenever a step
# fails: a patch that does not apply, a fix that changes no code, a project
# whose link drops the relocations (no -Wl,-q), a broken build; and it
# always puts the sources back.
. "$(dirname "$0")/../lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/kpmake-errors-$1
rm -rf "$work"
mkdir -p "$work"
cp -r "$here/../project/src" "$work/src"
cd "$work/src"
cp util.c util.c.before

# expect_failure PATTERN PATCH: libcare-patch-make fails saying PATTERN.
expect_failure() {
	local pattern=$1 status=0
	shift
	libcare-patch-make "$@" >"$work/log" 2>&1 || status=$?
	[ "$status" != 0 ] || lc_fail "libcare-patch-make succeeded: $(tail -3 "$work/log")"
	grep -q "libcare-patch-make: error: .*$pattern" "$work/log" ||
		{ tail -5 "$work/log" >&2; lc_fail "no error saying '$pattern'"; }
	cmp -s util.c util.c.before || lc_fail "the sources were left patched"
	echo "refused ($status): $(grep 'libcare-patch-make: error' "$work/log" | head -1)"
}

case $1 in
does-not-apply)
	printf -- '--- a/util.c\n+++ b/util.c\n@@ -1,3 +1,3 @@\n-no such line\n+other\n context\n' >bad.patch
	expect_failure "does not apply" -i 0001 bad.patch ;;
no-change)
	# a comment changes no code
	sed 's|^int util_format|/* formats a reading */\nint util_format|' util.c >util.new
	diff -u util.c util.new | sed '1s|util.c|a/util.c|; 2s|util.new|b/util.c|' >comment.patch || true
	rm util.new
	expect_failure "nothing changed" -i 0001 comment.patch ;;
no-relocations)
	# a project that links with its own compiler, bypassing libcare-cc
	LIBCARE_MAKE_ARGS="LINK=gcc" \
		expect_failure "without -Wl,-q" -i 0001 "$here/../project/fix.patch" ;;
build-fails)
	printf -- '--- a/util.c\n+++ b/util.c\n@@ -1,3 +1,4 @@\n #include <stdio.h>\n+#error broken fix\n \n #include "common.h"\n' >broken.patch
	expect_failure "build patched code" -i 0001 broken.patch ;;
*)
	lc_fail "unknown case $1" ;;
esac
echo "PASS: kpmake-errors $1"
