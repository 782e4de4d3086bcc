#!/usr/bin/env bash
# libexpat1 as the image ships it (2.5.0-1+deb12u1, without the fix for
# CVE-2024-50602): Debian's 2.5.0-1+deb12u2 source without its three new
# patches rebuilds it, and the fix from deb12u2 becomes a patch package
# with a patch for each library its rules build (libexpat.so.1 and
# libexpatw.so.1).  In a PID namespace of the test's own, three running
# programs that map the system's libexpat.so.1 are patched by dpkg -i (the
# crash input no longer crashes) and unpatched by dpkg -r (live.sh).
# libexpat1 itself is never upgraded: it is held while the test runs.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../../deb/lib.sh"
. "$(dirname "$0")/../pkg-lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
work=$LIBCARE_WORK/pkg-expat
rm -rf "$work"
mkdir -p "$work"
pkg_setup "$work"
shipped=2.5.0-1+deb12u1
have=$(dpkg-query -W -f='${Version}' libexpat1 2>/dev/null)
if [ "$have" != "$shipped" ]; then
	echo "SKIP: libexpat1 is '$have' here; this test patches $shipped" >&2
	exit 77
fi
pkg_use_libcare
src=$(distro_source expat 2.5.0-1+deb12u2)
cp -a "$src" "$work/expat-2.5.0"
cd "$work/expat-2.5.0"

# deb12u2 minus what it added: its three patches (newest first), its
# changelog entry and the symbol it added to the symbols file
new=(expat-2.5.0-CVE-2024-8176.patch expat-2.5.0-CVE-2024-50602.patch expat-2.5.0-CVE-2023-52425.patch)
cp debian/patches/expat-2.5.0-CVE-2024-50602.patch "$work/cve-2024-50602.patch"
for p in "${new[@]}"; do
	grep -qx "$p" .pc/applied-patches || lc_fail "$p is not applied in the source"
	patch -s -R -p1 <"debian/patches/$p" || lc_fail "reverting $p"
	sed -i "/^$p\$/d" debian/patches/series .pc/applied-patches
	rm -rf ".pc/$p" "debian/patches/$p"
done
sed -i '1,/^expat (2\.5\.0-1+deb12u1)/{/^expat (2\.5\.0-1+deb12u1)/!d}' debian/changelog
sed -i '/XML_SetReparseDeferralEnabled@Base/d' debian/libexpat1.symbols
[ "$(dpkg-parsechangelog -S Version)" = "$shipped" ] || lc_fail "the source is not $shipped now"

start=$(date +%s)
status=0
libcare-pkgbuild -i cve-2024-50602 --deb -j2 "$work/cve-2024-50602.patch" >"$work/pkgbuild.log" 2>&1 || status=$?
took=$(($(date +%s) - start))
[ $status = 0 ] || { tail -20 "$work/pkgbuild.log" >&2; lc_fail "libcare-pkgbuild exited $status"; }
grep -q "^adding .*cve-2024-50602.patch to debian/patches" "$work/pkgbuild.log" ||
	lc_fail "the fix did not go in as a debian/patches entry"
ids=()
for lib in /lib/x86_64-linux-gnu/libexpat.so.1.8.10 /usr/lib/x86_64-linux-gnu/libexpatw.so.1.8.10; do
	id=$(lc_build_id "$lib")
	ids+=("$id")
	grep -q "^$lib (libexpat1 $shipped): the rebuild matches the shipped file;.*shipped BuildID $id, rebuilt" \
		"$work/pkgbuild.log" || { cat "$work/pkgbuild.log" >&2; lc_fail "no match reported for $lib"; }
	[ -f "patchroot/$id.kpatch" ] || lc_fail "no patch for $lib's BuildID $id"
done
[ "$(ls patchroot/*.kpatch | wc -l)" = 2 ] || lc_fail "expected two patches, got: $(ls patchroot)"
deb_name=libcare-patch-expat-cve-2024-50602
deb=$work/${deb_name}_$shipped+lc1_amd64.deb
[ -f "$deb" ] || lc_fail "no $deb: $(ls "$work")"
[ "$(dpkg-deb -f "$deb" Depends)" = "libexpat1 (= $shipped), libcare" ] || lc_fail "Depends: $(dpkg-deb -f "$deb" Depends)"
pkg_cleanup_debs+=("$deb_name")

# A rerun with the same fix reuses both stages; --only keeps one library
start=$(date +%s)
status=0
libcare-pkgbuild -i cve-2024-50602 -l 2 --only /usr/lib/x86_64-linux-gnu/libexpatw.so.1.8.10 \
	"$work/cve-2024-50602.patch" >"$work/rerun.log" 2>&1 || status=$?
[ $status = 0 ] || { cat "$work/rerun.log" >&2; lc_fail "the rerun with --only exited $status"; }
grep -q '^the original stage is cached' "$work/rerun.log" &&
	grep -q '^the patched stage of these fixes is cached' "$work/rerun.log" ||
	{ cat "$work/rerun.log" >&2; lc_fail "the rerun built a stage again"; }
grep -q '^/lib/x86_64-linux-gnu/libexpat.so.1.8.10 (libexpat1): changed by the fix, left alone (not named by --only)' \
	"$work/rerun.log" || { cat "$work/rerun.log" >&2; lc_fail "the library --only leaves out is not listed"; }
[ "$(ls patchroot)" = "${ids[1]}.info
${ids[1]}.kpatch" ] || lc_fail "--only libexpatw: patchroot holds $(ls patchroot)"
echo "rerun with --only: $(($(date +%s) - start)) s, one patch"

gcc -O2 -Wall "$here/resume.c" -lexpat -o "$work/resume" || lc_fail "building the patient"
export LIBCARE_BIN LIBCARE_WORK LIBCARE_DEB_WORK deb deb_name work
pkg_in_namespace "$here/live.sh" || lc_fail "the live part failed (above)"
echo "PASS: libexpat1 $shipped matched by the rebuild and patched by $deb_name in 3 processes (built in $took s)"
