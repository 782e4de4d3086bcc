# Shared by the tests of patch packages (libcare-pkgbuild --deb): install
# what a test needs from the archive and put the machine back afterwards,
# LibCare's own package from deb.build's fixture, and a PID namespace for
# the part that runs `libcare-ctl -p all` through dpkg, so that it sees the
# test's processes only.  Sourced after tests/e2e/lib.sh,
# tests/distro/lib.sh and tests/deb/lib.sh.

pkg_new=()		# packages this test installed: purged at the end
pkg_held=no		# libexpat1 held by this test
pkg_libcare=no		# libcare installed by this test

pkg_cleanup() {
	local p
	lc_cleanup
	for p in "${pkg_cleanup_debs[@]}"; do
		deb_dpkg --purge "$p" >/dev/null 2>&1 || true
	done
	if [ ${#pkg_new[@]} -gt 0 ]; then
		"${deb_apt[@]}" purge "${pkg_new[@]}" >/dev/null 2>&1 ||
			echo "warning: could not purge ${pkg_new[*]}" >&2
	fi
	if [ $pkg_libcare = yes ]; then
		deb_dpkg --purge libcare >/dev/null 2>&1 || echo "warning: could not purge libcare" >&2
		deb_restore_over "$pkg_work/saved-over"
	fi
	[ $pkg_held = no ] || apt-mark unhold libexpat1 >/dev/null
}
pkg_cleanup_debs=()

# pkg_setup WORK: root, the tools, and libexpat1 held for as long as the
# test runs (the archive no longer has its version: it must never move).
pkg_setup() {
	pkg_work=$1
	lc_need_root
	for tool in dpkg-buildpackage dpkg-deb fakeroot unshare; do
		command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs it)"
	done
	trap pkg_cleanup EXIT
	local holds
	holds=$(apt-mark showhold)
	if ! grep -qx libexpat1 <<<"$holds"; then
		apt-mark hold libexpat1 >/dev/null || lc_fail "apt-mark hold libexpat1"
		pkg_held=yes
	fi
}

# pkg_install PKG...: installs the packages missing here without upgrading
# anything; what it brings in is purged at the end.
pkg_install() {
	local before after p missing=()
	for p in "$@"; do
		[ "$(deb_status "$p")" = "install ok installed" ] || missing+=("$p")
	done
	[ ${#missing[@]} -gt 0 ] || return 0
	before=$(dpkg-query -W -f='${Package}:${db:Status-Abbrev}\n' | awk -F: '$NF ~ /^ii/ { print $1 }' | sort -u)
	"${deb_apt[@]}" install --no-upgrade --no-install-recommends "${missing[@]}" \
		>"$pkg_work/apt-install.log" 2>&1 ||
		{ tail -5 "$pkg_work/apt-install.log" >&2; lc_fail "apt-get install ${missing[*]}"; }
	after=$(dpkg-query -W -f='${Package}:${db:Status-Abbrev}\n' | awk -F: '$NF ~ /^ii/ { print $1 }' | sort -u)
	while read -r p; do
		[ -n "$p" ] && pkg_new+=("$p")
	done < <(comm -13 <(echo "$before") <(echo "$after"))
}

# pkg_use_libcare: the libcare package (deb.build's), which the patch
# packages depend on and whose /usr/bin/libcare-ctl their scripts run.
pkg_use_libcare() {
	local deb
	if [ "$(deb_status libcare)" = "install ok installed" ]; then
		return 0
	fi
	deb=$(deb_package)
	deb_save_over "$deb" "$pkg_work/saved-over"
	pkg_libcare=yes
	deb_dpkg -i "$deb" >"$pkg_work/libcare-install.log" ||
		{ cat "$pkg_work/libcare-install.log" >&2; lc_fail "dpkg -i $deb"; }
}

# pkg_in_namespace SCRIPT ARGS...: runs SCRIPT in a PID namespace of its
# own with its own /proc: `libcare-ctl patch -p all` in a postinst then
# sees the test's processes, not the machine's.
pkg_in_namespace() {
	unshare --pid --fork --mount-proc bash "$@"
}
