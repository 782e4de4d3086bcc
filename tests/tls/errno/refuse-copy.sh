#!/usr/bin/env bash
# Patched code that names stderr, which the original program never used
# (so never copied), built without --force-gotpcrel: kpatch_strip refuses
# at build time, naming the variable and the way out.
. "$(dirname "$0")/../lib.sh"
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/tls-errno-refuse
rm -rf "$work"
if tls_build_patch "$src" "$work" prog "-O2 -pthread" ""; then
	lc_fail "the patch was built, but it reaches stderr directly"
fi
grep -q "kpatch_strip: error: .*'stderr@GLIBC_2.2.5' is a shared library's variable that .*prog does not copy.*--force-gotpcrel" "$work/build.log" ||
	{ cat "$work/build.log" >&2; lc_fail "kpatch_strip did not name stderr"; }
[ ! -e "$work/prog.kpatch" ] || lc_fail "a patch file was left behind"
echo "PASS: tls errno refuse-copy"
