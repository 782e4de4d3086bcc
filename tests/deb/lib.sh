# Shared by the tests of LibCare as a Debian package: dpkg that waits for
# dpkg's lock as apt's -o DPkg::Lock::Timeout=900 does, and what a package
# may touch, to compare before and after.  Sourced after tests/e2e/lib.sh.
: "${LIBCARE_DEB_WORK:?LIBCARE_DEB_WORK must name the work directory of the tests}"
deb_out=$LIBCARE_DEB_WORK/out
deb_apt=(apt-get -q -y -o DPkg::Lock::Timeout=900)
export DEBIAN_FRONTEND=noninteractive

# deb_package: the .deb deb.build made (its fixture), one file.
deb_package() {
	local f
	set -- "$deb_out"/libcare_*.deb
	[ $# = 1 ] && [ -f "$1" ] || lc_fail "expected one libcare .deb in $deb_out (deb.build makes it): $*"
	f=$1
	echo "$f"
}

# deb_status PKG: dpkg's status of PKG ("install ok installed", or nothing)
deb_status() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true
}

# deb_dpkg ARGS...: dpkg, retried while another dpkg or apt (another
# session's test) holds the lock, for at most 900 s.
deb_dpkg() {
	local i out rc
	for ((i = 0; i < 180; i++)); do
		rc=0
		out=$(dpkg "$@" 2>&1) || rc=$?
		if [ $rc != 0 ] && grep -q 'lock.*locked\|locked by another process' <<<"$out"; then
			sleep 5
			continue
		fi
		printf '%s\n' "$out"
		return $rc
	done
	lc_fail "dpkg's lock stayed taken for 900 s"
}

# deb_snapshot FILE: what is on disk where LibCare's package installs
# (its names in /usr/bin and man1, GCC's plugin directory, the CMake
# packages, /etc/libcare, /var/lib/libcare), type, mode, size of files and
# targets of links; directories without their size.  Other
# packages' files are left out: another session may install some meanwhile.
deb_snapshot() {
	local show=( \( \( -type d -printf '%p d %m\n' \) -o -printf '%p %y %m %s %l\n' \) )
	{
		find /usr/bin /usr/share/man/man1 -maxdepth 1 \( -name 'libcare*' -o -name 'kpatch*' \) \
			"${show[@]}"
		find "$(gcc -print-file-name=plugin)" /usr/lib/cmake -maxdepth 1 "${show[@]}"
		find /etc/libcare /var/lib/libcare "${show[@]}" 2>/dev/null || true
	} | sort >"$1"
}

# deb_save_over DEB DIR: files DEB would overwrite that no package owns (a
# `make install` of LibCare puts its plugin where the package does), copied
# to DIR; deb_restore_over DIR puts them back once the package is gone.
deb_save_over() {
	local deb=$1 dir=$2 f
	mkdir -p "$dir"
	: >"$dir/.list"
	while read -r f; do
		[ -f "$f" ] || [ -L "$f" ] || continue
		dpkg -S "$f" >/dev/null 2>&1 && continue
		mkdir -p "$dir${f%/*}"
		cp -a "$f" "$dir$f"
		echo "$f" >>"$dir/.list"
	done < <(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's,^\.,,')
}

deb_restore_over() {
	local dir=$1 f
	[ -f "$dir/.list" ] || return 0
	while read -r f; do
		cp -a "$dir$f" "$f"
	done <"$dir/.list"
	rm -f "$dir/.list"
}
