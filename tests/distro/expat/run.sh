#!/usr/bin/env bash
# Autotools with libtool, no hand step: expat from Debian's source, built
# with ./configure && make and Debian's flags.  The original is the source
# with CVE-2024-45490's fix reversed; libcare-patch-make, run in the
# configured tree as it is, patches libexpat.so with that fix.  A program
# linked against the plain-built library is patched while it runs:
# XML_ParseBuffer(p, -1, 1) is refused, and accepted again once unpatched.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
for tool in dpkg-buildflags autoreconf libtoolize; do
	command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs it)"
done
src=$(distro_source expat)
work=$LIBCARE_WORK/expat
rm -rf "$work"
mkdir -p "$work"
cp -a "$src" "$work/src"
cd "$work/src"
fix=debian/patches/CVE-2024-45490.patch
[ -f "$fix" ] || lc_fail "this expat source has no $fix"
cp "$fix" "$work/fix.patch"
patch -s -R -p1 <"$fix" || lc_fail "reversing $fix"

cd expat
distro_flags
./buildconf.sh >"$work/buildconf.log" 2>&1 || { tail "$work/buildconf.log" >&2; lc_fail "buildconf.sh"; }
./configure -q --without-docbook CFLAGS="$deb_cflags -Wall" CPPFLAGS="$deb_cppflags" \
	LDFLAGS="-Wl,-Bsymbolic-functions $deb_ldflags" >"$work/configure.log" 2>&1 || lc_fail "./configure"
make -s -j2 >"$work/make.log" 2>&1 || { tail "$work/make.log" >&2; lc_fail "plain make"; }
mkdir "$work/plain"
cp -a lib/.libs/libexpat.so* "$work/plain/"
lib=$(readlink -f lib/.libs/libexpat.so)
gcc -O2 -Ilib "$here/negative_len.c" -L"$work/plain" -lexpat -o "$work/negative_len" || lc_fail "building the patient"

status=0
libcare-patch-make --clean -i cve-2024-45490 "$work/fix.patch" >"$work/kpmake.log" 2>&1 || status=$?
[ $status = 0 ] || { tail -20 "$work/kpmake.log" >&2; lc_fail "libcare-patch-make exited $status"; }
patch=$PWD/patchroot/$(lc_build_id "$work/plain/$(basename "$lib")").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's libexpat BuildID: $(ls patchroot)"
[ "$(ls patchroot | wc -l)" = 1 ] || lc_fail "expected one patch (libexpat.so), got: $(ls patchroot)"
cmp -s "$lib" "$work/plain/$(basename "$lib")" || lc_fail "the build tree's libexpat.so is not the plain build's"
cmp -s lib/xmlparse.c <(cd "$work" && cp -a "$src/expat/lib/xmlparse.c" x.c && patch -s -R x.c <(sed -n '/^diff --git/,$p' "$work/fix.patch") && cat x.c) ||
	lc_fail "the sources were left patched"

out=$work/out
LD_LIBRARY_PATH=$work/plain lc_start "$out" "$work/negative_len"
lc_wait_for "$out" 0 "negative length: no element found"
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
# the fix changes one function; the __LINE__s it moves change none (18 of them before the line rule)
grep -q "applied, 1 hunk(s)" "$work/patch.log" ||
	lc_fail "expected the one function the fix changes, got: $(head -1 "$work/patch.log")"
lc_wait_for "$out" "$(lc_size "$out")" "negative length: invalid argument"
libcare-ctl unpatch -p "$lc_pid" -i cve-2024-45490 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
lc_wait_for "$out" "$(lc_size "$out")" "negative length: no element found"
lc_alive "$lc_pid"
echo "PASS: expat (libexpat.so patched with CVE-2024-45490's fix in a running process, and unpatched)"
