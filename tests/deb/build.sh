# deb.build: `make deb` makes libcare_VERSION_amd64.deb in a tree of its
# own, as a user runs it; the package holds every program, the plugin in
# GCC's plugin directory, the man pages and the CMake package, under /usr.
source "$(dirname "$0")/../e2e/lib.sh"
source "$(dirname "$0")/lib.sh"
: "${LIBCARE_SRC:?}"
command -v dpkg-shlibdeps >/dev/null || lc_fail "dpkg-shlibdeps is missing (make deps installs dpkg-dev)"

rm -rf "$LIBCARE_DEB_WORK"
mkdir -p "$LIBCARE_DEB_WORK"
# not the jobserver of a make that runs ctest
unset MAKEFLAGS MAKELEVEL MFLAGS
nice make -C "$LIBCARE_SRC" --no-print-directory deb JOBS=2 BUILD="$LIBCARE_DEB_WORK/build" \
	DEB_BUILD="$LIBCARE_DEB_WORK/tree" DEB_DIR="$deb_out" >"$LIBCARE_DEB_WORK/make.log" 2>&1 ||
	{ tail -20 "$LIBCARE_DEB_WORK/make.log" >&2; lc_fail "make deb failed"; }
deb=$(deb_package)
version=$(sed -n 's/^project(LibCare VERSION \([0-9.]*\).*/\1/p' "$LIBCARE_SRC/CMakeLists.txt")
[ "$(basename "$deb")" = "libcare_${version}_amd64.deb" ] || lc_fail "unexpected package name $(basename "$deb")"
# make deb names what it wrote
grep -qxF "$deb" "$LIBCARE_DEB_WORK/make.log" || lc_fail "make deb did not name $deb"

[ "$(dpkg-deb -f "$deb" Package)" = libcare ] || lc_fail "package name is not libcare"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || lc_fail "version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in gcc-12 libc6 libelf1 libsodium23 libunwind8; do
	grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || lc_fail "Depends lacks $dep: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's,^\.,,')
plugin=$(gcc -print-file-name=plugin)/libcare.so
for f in /usr/bin/libcare-ctl /usr/bin/kpatch_user /usr/bin/kpatch_strip /usr/bin/kpatch_make \
	/usr/bin/kpatch_build /usr/bin/kpatch_gensrc /usr/bin/libcare-cc /usr/bin/libcare-patch-make \
	/usr/bin/libcare-pkgbuild "$plugin" /usr/share/man/man1/libcare-ctl.1 /usr/lib/cmake/LibCare/LibCareConfig.cmake \
	/usr/lib/cmake/LibCare/libcare.cmake /etc/libcare/keys/ /var/lib/libcare/patches/; do
	grep -qxF "$f" <<<"$contents" || lc_fail "the package lacks $f"
done
! grep -q '^/usr/local\|^/home\|^/work\|^/tmp' <<<"$contents" || lc_fail "the package installs outside /usr, /etc, /var"
# the watcher's unit, and what it runs is where the package puts it
unit=/usr/lib/systemd/system/libcare.service
grep -qxF "$unit" <<<"$contents" || lc_fail "the package lacks $unit"
grep -qxF /usr/bin/libcare-service-dropin <<<"$contents" || lc_fail "the package lacks libcare-service-dropin"
exec_start=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ".$unit" | sed -n 's/^ExecStart=//p')
[ "${exec_start%% *}" = /usr/bin/libcare-ctl ] || lc_fail "$unit runs '$exec_start', not /usr/bin/libcare-ctl"
# no file under /etc: nothing for dpkg to keep as a conffile
! dpkg-deb -c "$deb" | grep -q '^-.* \./etc/' || lc_fail "the package ships a file under /etc"
echo "PASS: $(basename "$deb"), Depends: $depends"
