#!/usr/bin/env bash
# run: patched library code that touches lib_unused, a thread-local
# variable the original code never reaches the general-dynamic way (so
# the library has no GOT pair for it): kpatch_strip refuses at build time
# and names the variable.
. "$(dirname "$0")/../lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/tls-lib-refuse
rm -rf "$work"
mkdir -p "$work/src"
cp "$here/orig.c" "$work/src/orig.c"
cp "$here/unused.c" "$work/src/patched.c"
if tls_build_patch "$work/src" "$work" libtlsl.so "-O2 -fPIC" "-shared"; then
	lc_fail "the patch was built, but libtlsl.so has no GOT entry for lib_unused"
fi
grep -q "kpatch_strip: error: .*thread-local variable 'lib_unused' is reached through R_X86_64_TLSGD .*has no R_X86_64_DTPMOD64 GOT entry for it" "$work/build.log" ||
	{ cat "$work/build.log" >&2; lc_fail "kpatch_strip did not name lib_unused"; }
[ ! -e "$work/libtlsl.so.kpatch" ] || lc_fail "a patch file was left behind"
echo "PASS: tls lib refuse-unused"
