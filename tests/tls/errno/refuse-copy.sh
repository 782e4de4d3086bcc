#!/usr/bin/env bash
# Patched code that names stderr, which the original program never used
# (so never copied): gensrc reaches it through the GOT by itself.  Merged
# assembly that reaches it directly (undone here by hand, as hand-written
# or older assembly would) is refused by kpatch_strip at build time,
# naming the variable and the exact way out.
. "$(dirname "$0")/../lib.sh"
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/tls-errno-refuse
rm -rf "$work"
tls_build_patch "$src" "$work" prog "-O2 -pthread" "" ||
	{ cat "$work/build.log" >&2; lc_fail "the patch was not built although gensrc can reach stderr"; }
grep -q "stderr@GOTPCREL" "$work/merged.s" || lc_fail "gensrc did not reach stderr through the GOT"
rm -rf "$work"
export TLS_EDIT_MERGED='s/\tmovq\tstderr\@GOTPCREL\(%rip\), %(\w+)\n\tmovq\t\(%\1\), %\1\n/\tmovq\tstderr(%rip), %$1\n/g'
if tls_build_patch "$src" "$work" prog "-O2 -pthread" ""; then
	lc_fail "the patch was built, but it reaches stderr directly"
fi
grep -q "kpatch_strip: error: .*'stderr@GLIBC_2.2.5' is a shared library's variable that .*prog does not copy.*'kpatch_gensrc --force-gotpcrel -i ORIG.s -i PATCHED.s -o MERGED.s'" "$work/build.log" ||
	{ cat "$work/build.log" >&2; lc_fail "kpatch_strip did not name stderr"; }
[ ! -e "$work/prog.kpatch" ] || lc_fail "a patch file was left behind"
echo "PASS: tls errno refuse-copy"
