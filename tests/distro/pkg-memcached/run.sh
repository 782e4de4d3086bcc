#!/usr/bin/env bash
# The memcached Debian ships, patched live by a patch package: install the
# memcached package, build patch packages from its source with
# libcare-pkgbuild (level 1, then level 2 from the cached original stage),
# and under memcslap load: dpkg -i patches the running /usr/bin/memcached,
# a higher level upgrades it, a memcached started then is patched by the
# watcher, dpkg -r unpatches both; no request fails (live.sh).
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../../deb/lib.sh"
. "$(dirname "$0")/../pkg-lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
work=$LIBCARE_WORK/pkg-memcached
rm -rf "$work"
mkdir -p "$work"
pkg_setup "$work"
command -v memcslap >/dev/null || lc_fail "memcslap is missing (make deps installs libmemcached-tools)"
pkg_install memcached
pkg_use_libcare
version=$(dpkg-query -W -f='${Version}' memcached)
srcversion=$(dpkg-query -W -f='${source:Version}' memcached)
src=$(distro_source memcached "$srcversion")
cp -a "$src" "$work/memcached"
cd "$work/memcached"

deb_name=libcare-patch-memcached-0001
pkg_cleanup_debs+=("$deb_name")
start=$(date +%s)
status=0
libcare-pkgbuild -i 0001 --deb -j2 "$here/fix-1.patch" >"$work/pkgbuild-1.log" 2>&1 || status=$?
[ $status = 0 ] || { tail -20 "$work/pkgbuild-1.log" >&2; lc_fail "libcare-pkgbuild (level 1) exited $status"; }
first=$(($(date +%s) - start))
shipped_id=$(lc_build_id /usr/bin/memcached)
grep -q "^/usr/bin/memcached (memcached $version): the rebuild matches the shipped file;.*shipped BuildID $shipped_id, rebuilt [0-9a-f]\+)$" \
	"$work/pkgbuild-1.log" || { cat "$work/pkgbuild-1.log" >&2; lc_fail "no match with the shipped /usr/bin/memcached reported"; }
[ "$(ls patchroot)" = "$shipped_id.info
$shipped_id.kpatch" ] || lc_fail "patchroot holds: $(ls patchroot)"
rebuilt_id=$(awk '/^rebuilt-build-id:/ { print $2 }' "patchroot/$shipped_id.info")
[ -n "$rebuilt_id" ] && [ "$rebuilt_id" != "$shipped_id" ] || lc_fail "the rebuilt BuildID is not recorded apart: '$rebuilt_id'"
deb1=$work/${deb_name}_$version+lc1_amd64.deb
[ -f "$deb1" ] || lc_fail "no $deb1: $(ls "$work")"
[ "$(dpkg-deb -f "$deb1" Depends)" = "memcached (= $version), libcare" ] ||
	lc_fail "Depends: $(dpkg-deb -f "$deb1" Depends)"
contents=$(dpkg-deb -c "$deb1" | awk '$1 !~ /^d/ { print $2, $6 }')
[ "$contents" = "root/root ./var/lib/libcare/patches/$deb_name/$shipped_id.kpatch" ] ||
	lc_fail "the package holds: $contents"

start=$(date +%s)
status=0
libcare-pkgbuild -i 0001 -l 2 --deb -j2 "$here/fix-2.patch" >"$work/pkgbuild-2.log" 2>&1 || status=$?
[ $status = 0 ] || { tail -20 "$work/pkgbuild-2.log" >&2; lc_fail "libcare-pkgbuild (level 2) exited $status"; }
second=$(($(date +%s) - start))
grep -q "^the original stage is cached" "$work/pkgbuild-2.log" || lc_fail "the second run built the original stage again"
deb2=$work/${deb_name}_$version+lc2_amd64.deb
[ -f "$deb2" ] || lc_fail "no $deb2"
dpkg --compare-versions "$(dpkg-deb -f "$deb2" Version)" gt "$(dpkg-deb -f "$deb1" Version)" ||
	lc_fail "level 2 is not a higher version"

export LIBCARE_BIN LIBCARE_WORK LIBCARE_DEB_WORK deb1 deb2 deb_name work
bash "$here/live.sh" || lc_fail "the live part failed (above)"
echo "PASS: memcached $version patched by $deb_name (built in ${first} s; level 2 from the cached original in ${second} s)"
