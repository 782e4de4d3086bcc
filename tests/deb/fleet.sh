# deb.fleet CASE: samples/fleet/patch.yml run by Ansible against this
# machine (connection local) for a service that runs here, as on a fleet's
# hosts.  CASE fleetdemo: fleet/fleetdemo, a small Debian source package,
# built and installed here, its patches from fleet/fix-*.patch.  CASE
# memcached: the memcached Debian ships, installed from the archive, its
# patches from the stats fixes of distro.pkg-memcached.  libcare-pkgbuild
# --deb makes the patch package at levels 1 and 2; the playbook takes
# them, and the libcare package, from a directory.  The live part (fleet-live.sh) runs in a PID
# namespace of its own, so that `libcare-ctl -p all` in the postinst sees
# the test's service only.  Everything the test installed goes away.
source "$(dirname "$0")/../e2e/lib.sh"
source "$(dirname "$0")/../distro/lib.sh"
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../distro/pkg-lib.sh"
case=${1:?usage: fleet.sh fleetdemo|memcached}
here=$(cd "$(dirname "$0")" && pwd)
work=$LIBCARE_DEB_WORK/fleet-$case
rm -rf "$work"
mkdir -p "$work/debs"
pkg_setup "$work"
command -v ansible-playbook >/dev/null || lc_fail "ansible-playbook is missing (make check-distro installs ansible)"
/usr/bin/python3 -c 'import apt' 2>/dev/null || lc_fail "python3-apt is missing (Ansible's apt module needs it)"
pkg=libcare-patch-$case-0001
source_file=/etc/apt/sources.list.d/libcare-fleet-test.list
for p in "$pkg"; do
	[ -z "$(deb_status "$p")" ] || lc_fail "$p is installed already: not this test's to touch"
done
[ ! -e "$source_file" ] || lc_fail "$source_file exists already: not this test's to touch"
lists=/var/lib/apt/lists/$(tr / _ <<<"$work")_repo_._

fleet_cleanup() {
	pkg_cleanup
	rm -f "$source_file"
	# the lists apt made of the repository (file: sources keep no other trace)
	rm -f "$lists"*
}
trap fleet_cleanup EXIT

case $case in
fleetdemo)
	# built as Debian would ship it, installed as a host has it
	src=$work/src/fleetdemo-1.0
	mkdir -p "$work/src"
	cp -r "$here/fleet/fleetdemo" "$src"
	(cd "$src" && dpkg-buildpackage -b -uc -us >"$work/plain.log" 2>&1) ||
		{ tail -20 "$work/plain.log" >&2; lc_fail "dpkg-buildpackage of fleetdemo failed"; }
	shipped=$work/src/fleetdemo_1.0_amd64.deb
	[ -z "$(deb_status fleetdemo)" ] || lc_fail "fleetdemo is installed already: not this test's to touch"
	pkg_new+=(fleetdemo)
	"${deb_apt[@]}" --no-upgrade install "$shipped" >"$work/install-fleetdemo.log" 2>&1 ||
		{ cat "$work/install-fleetdemo.log" >&2; lc_fail "installing fleetdemo failed"; }
	fixes=$here/fleet
	build=(--against "$shipped")
	cp "$shipped" "$work/debs/" ;;
memcached)
	pkg_install memcached
	src=$work/memcached
	cp -a "$(distro_source memcached "$(dpkg-query -W -f='${source:Version}' memcached)")" "$src"
	fixes=$LIBCARE_SRC/tests/distro/pkg-memcached
	build=(--installed) ;;
*)
	lc_fail "unknown case $case" ;;
esac
service=/usr/bin/$case
# levels 1 and 2 of the patch (the second from the cached original stage)
for level in 1 2; do
	(cd "$src" && libcare-pkgbuild --deb -i 0001 -l $level -j2 "${build[@]}" "$fixes/fix-$level.patch" \
		>"$work/pkgbuild-$level.log" 2>&1) ||
		{ tail -20 "$work/pkgbuild-$level.log" >&2; lc_fail "libcare-pkgbuild --deb -l $level failed"; }
done
set -- "$(dirname "$src")/${pkg}"_*+lc1_*.deb "$(dirname "$src")/${pkg}"_*+lc2_*.deb
[ -f "$1" ] && [ -f "$2" ] || lc_fail "libcare-pkgbuild did not write $pkg at levels 1 and 2: $*"
deb1=$1 deb2=$2
bid=$(lc_build_id "$service")
dir=/var/lib/libcare/patches/$pkg
dpkg-deb -c "$deb1" | grep -q " \.$dir/$bid\.kpatch$" || lc_fail "$pkg does not hold $dir/$bid.kpatch"
pkg_cleanup_debs+=("$pkg")
# what a fleet's controller holds: the patch package, and libcare for the
# hosts that lack it; level 2 comes later
deb=$(deb_package)
cp "$deb1" "$deb" "$work/debs/"
if [ -z "$(deb_status libcare)" ]; then
	deb_save_over "$deb" "$pkg_work/saved-over"
	pkg_libcare=yes
fi

export LIBCARE_BIN LIBCARE_SRC LIBCARE_DEB_WORK case work pkg service bid source_file deb2
unshare --pid --fork --mount-proc bash "$here/fleet-live.sh" || lc_fail "the live part failed (above)"

fleet_cleanup
trap - EXIT
set -- "$lists"*
[ ! -e "$1" ] || lc_fail "apt's lists keep $1"
[ ! -e "$source_file" ] || lc_fail "$source_file is left"
[ $pkg_libcare = no ] || [ -z "$(deb_status libcare)" ] || lc_fail "libcare is left installed"
[ -z "$(deb_status "$pkg")" ] || lc_fail "$pkg is left installed"
echo "PASS: $pkg rolled out by the playbook, reported, idempotent, removed"
