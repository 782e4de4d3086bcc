# Shared by the tests on Debian source packages: fetch a package's source
# once into the build tree (LIBCARE_WORK/../distro-source/PKG/src) and
# Debian's build flags.  Sourced after tests/e2e/lib.sh.
distro_cache=${LIBCARE_WORK:?}/../distro-source

# distro_source PKG [VERSION]: prints the directory of PKG's unpacked
# source, of VERSION when given.  Else the newest version the archive
# lists; it may be missing from its pool (a security update not
# mirrored): then the next one is tried.
distro_source() {
	local pkg=$1 dir=$distro_cache/$1${2:+-$2} v versions
	if [ ! -d "$dir/src" ]; then
		command -v dpkg-source >/dev/null || lc_fail "dpkg-source is missing (make deps installs dpkg-dev)"
		rm -rf "$dir"
		mkdir -p "$dir"
		if [ -n "${2:-}" ]; then
			versions=("$2")
		else
			versions=("" $(apt-cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/ { print $2 }' | sort -rV))
		fi
		for v in "${versions[@]}"; do
			rm -rf "${dir:?}"/*
			(cd "$dir" && apt-get source -qq "$pkg${v:+=$v}" >"$dir/apt.log" 2>&1) && break
		done
		set -- "$dir"/*/debian
		[ -d "$1" ] || lc_fail "apt-get source $pkg failed (is there a deb-src entry? make deps adds one): $(tail -1 "$dir/apt.log")"
		mv "$(dirname "$1")" "$dir/src"
	fi
	echo "$dir/src"
}

# Debian's flags, as its packages build.
distro_flags() {
	export DEB_BUILD_MAINT_OPTIONS=
	deb_cflags=$(dpkg-buildflags --get CFLAGS)
	deb_cppflags=$(dpkg-buildflags --get CPPFLAGS)
	deb_ldflags=$(dpkg-buildflags --get LDFLAGS)
}
