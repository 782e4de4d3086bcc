#!/usr/bin/env bash
# libcare-pkgbuild's refusals before any build: usage errors (exit 2) and
# a directory that is not a Debian source tree (exit 1), each in words a
# user can act on, and nothing written.
. "$(dirname "$0")/../e2e/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo '--- a/x.c' >fix.patch
status=0
libcare-pkgbuild >out.log 2>&1 || status=$?
[ $status = 2 ] && grep -q '^usage: libcare-pkgbuild' out.log || lc_fail "no patch: exit $status, $(cat out.log)"
status=0
libcare-pkgbuild -l two fix.patch >out.log 2>&1 || status=$?
[ $status = 2 ] && grep -q -- "-l needs a number, not 'two'" out.log || lc_fail "-l two: exit $status, $(cat out.log)"
status=0
libcare-pkgbuild --installed --against fix.patch fix.patch >out.log 2>&1 || status=$?
[ $status = 2 ] && grep -q 'exclude each other' out.log || lc_fail "--installed --against: exit $status, $(cat out.log)"
status=0
libcare-pkgbuild -i 0001 fix.patch >out.log 2>&1 || status=$?
[ $status = 1 ] || lc_fail "outside a source tree: exit $status"
[ "$(cat out.log)" = "libcare-pkgbuild: error: no debian/rules here: run libcare-pkgbuild in an unpacked Debian source tree (apt-get source PKG=VERSION)" ] ||
	lc_fail "outside a source tree: $(cat out.log)"
[ "$(ls -A)" = "fix.patch
out.log" ] || lc_fail "it wrote: $(ls -A)"
echo "PASS: libcare-pkgbuild refuses bad usage and a directory that is no Debian source tree"
