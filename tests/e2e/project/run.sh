#!/usr/bin/env bash
# A multi-file make project (three TUs, a shared header, a static library)
# built with -O2 -g by a plain `make`; libcare-patch-make builds a patch that
# changes functions in two TUs; the running program is patched and unpatched.
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/project
rm -rf "$work"
mkdir -p "$work"
cp -r "$here/src" "$work/src"
cd "$work/src"
make -s >/dev/null || lc_fail "plain make"
cp thermo "$work/thermo"
libcare-patch-make --clean -i 0001 "$here/fix.patch" >"$work/kpmake.log" 2>&1 ||
	{ cat "$work/kpmake.log" >&2; lc_fail "libcare-patch-make"; }
grep -q "patch for .*thermo is in" "$work/kpmake.log" || lc_fail "libcare-patch-make did not say where the patch went"
patch=$work/src/patchroot/$(lc_build_id "$work/thermo").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's BuildID: $(ls patchroot)"
cmp -s "$here/src/util.c" util.c && cmp -s "$here/src/core/core.c" core/core.c ||
	lc_fail "libcare-patch-make left the sources patched"

out=$work/out
lc_start "$out" "$work/thermo"
lc_wait_for "$out" 0 "lab: 69F"
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lab: 70 F (patched)"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "lab: 69F"
lc_alive "$lc_pid"
echo "PASS: project"
