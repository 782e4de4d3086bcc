#!/usr/bin/env bash
# A rebuild that is not what Debian shipped is refused: memcached's source
# built with -O1 appended to Debian's CFLAGS, compared with the memcached
# .deb of the archive (--against), gives no patch and no package but one
# line naming the file and the first section that differs; that section
# does differ between the two files.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
lc_need_root
for tool in dpkg-buildpackage objcopy; do
	command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs it)"
done
work=$LIBCARE_WORK/pkg-mismatch
rm -rf "$work"
mkdir -p "$work/debs"
version=$(apt-cache policy memcached | awk '/Candidate:/ { print $2 }')
(cd "$work/debs" && apt-get download -qq "memcached=$version" >"$work/download.log" 2>&1) ||
	lc_fail "apt-get download memcached=$version: $(tail -1 "$work/download.log")"
shipped_deb=$(ls "$work"/debs/memcached_*.deb)
srcversion=$(dpkg-deb -f "$shipped_deb" Source | sed -n 's/.*(\(.*\))/\1/p')
src=$(distro_source memcached "${srcversion:-$version}")
cp -a "$src" "$work/memcached"
cd "$work/memcached"

status=0
DEB_CFLAGS_APPEND=-O1 libcare-pkgbuild -i 0001 --deb -j2 --against "$shipped_deb" \
	"$here/../pkg-memcached/fix-1.patch" >"$work/pkgbuild.log" 2>"$work/errors.log" || status=$?
[ $status = 4 ] || { cat "$work/errors.log" >&2; lc_fail "libcare-pkgbuild exited $status, not 4 (no match)"; }
[ "$(wc -l <"$work/errors.log")" = 1 ] || { cat "$work/errors.log" >&2; lc_fail "expected one line of error"; }
line=$(cat "$work/errors.log")
section=$(sed -n "s|^libcare-pkgbuild: error: /usr/bin/memcached (memcached $version): the rebuild does not match the shipped file: \(\.[^ ]*\) differs.*; no patch\$|\1|p" <<<"$line")
[ -n "$section" ] || lc_fail "the refusal does not name the file and a section: $line"
# the section named does differ
mkdir -p "$work/shipped"
dpkg-deb -x "$shipped_deb" "$work/shipped"
objcopy -O binary --only-section="$section" "$work/shipped/usr/bin/memcached" "$work/shipped.sec" &&
	objcopy -O binary --only-section="$section" .libcare-pkgbuild/original/memcached/usr/bin/memcached \
		"$work/rebuilt.sec" || lc_fail "cannot dump $section"
! cmp -s "$work/shipped.sec" "$work/rebuilt.sec" || lc_fail "$section is the same in both files"
[ -z "$(ls patchroot 2>/dev/null)" ] || lc_fail "patchroot holds: $(ls patchroot)"
[ -z "$(ls "$work"/libcare-patch-* 2>/dev/null)" ] || lc_fail "a patch package was written"
echo "PASS: the -O1 rebuild is refused: $line"
