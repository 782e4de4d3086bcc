#!/usr/bin/env bash
# What the plugin costs real builds, from Debian's source packages with
# Debian's flags: memcached (configure && make), expat (Autotools with
# libtool) and json-c (CMake, out of tree, through cmake/libcare.cmake).
# Each is built plain, with the plugin in the original stage, and in the
# patched stage with a small fix (every unit through gensrc); each build is
# a full build after a clean.  The builds are interleaved, so that whatever
# else the machine does weighs on all of them; prints the median wall and
# CPU seconds and their ratios to the plain build.
# Usage: build-time.sh [RUNS]   (default 3)
# Sources are fetched once into the build tree (build/distro-source/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
bin=${LIBCARE_BIN:-$top/build/bin}
cache=${LIBCARE_SOURCE_CACHE:-$bin/../distro-source}
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs=$(nproc)
export DEB_BUILD_MAINT_OPTIONS=

# source PKG: the unpacked source, fetched once (the newest version the
# archive really serves).
source_of() {
	local pkg=$1 dir=$cache/$1 v
	if [ ! -d "$dir/src" ]; then
		rm -rf "$dir"
		mkdir -p "$dir"
		for v in "" $(apt-cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/ { print $2 }' | sort -rV); do
			rm -rf "${dir:?}"/*
			(cd "$dir" && apt-get source -qq "$pkg${v:+=$v}" >"$dir/apt.log" 2>&1) && break
		done
		set -- "$dir"/*/debian
		[ -d "$1" ] || { echo "build-time: apt-get source $pkg failed (needs a deb-src entry: make deps)" >&2; exit 1; }
		mv "$(dirname "$1")" "$dir/src"
	fi
	cp -a "$dir/src" "$work/$pkg"
}

# A libtool project's copy of libtool that links with libcare-cc, as
# libcare-patch-make makes it for the patched stage.
libtool_copy() {
	local cc
	cc=$(grep -m1 '^CC=' "$1/libtool")
	awk -v cc="$cc" -v new="CC=\"$bin/libcare-cc\"" '$0 == cc { $0 = new } { print }' "$1/libtool" >"$1/libtool.libcare"
}

source_of memcached
(cd "$work/memcached" && ./configure -q CFLAGS="$(dpkg-buildflags --get CFLAGS)" \
	CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)" LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null)
source_of expat
(cd "$work/expat" && patch -s -R -p1 <debian/patches/CVE-2024-45490.patch && cd expat &&
	./buildconf.sh >/dev/null 2>&1 &&
	./configure -q --without-docbook CFLAGS="$(dpkg-buildflags --get CFLAGS) -Wall" \
		CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)" \
		LDFLAGS="-Wl,-Bsymbolic-functions $(dpkg-buildflags --get LDFLAGS)" >/dev/null && libtool_copy .)
source_of json-c
(cd "$work" && DEB_BUILD_MAINT_OPTIONS=hardening=+all cmake -S json-c -B json-c-build \
	-DCMAKE_TOOLCHAIN_FILE="$top/cmake/libcare.cmake" -DCMAKE_BUILD_TYPE=None \
	-DCMAKE_C_FLAGS="$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CFLAGS) $(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS)" \
	-DCMAKE_SHARED_LINKER_FLAGS="$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get LDFLAGS)" >/dev/null 2>&1)

# build PROJECT STAGE: one clean full build.
build() {
	local project=$1 stage=$2 dir=$work/$1
	case $project in
	memcached)
		make -s -C "$dir" clean >/dev/null
		if [ "$stage" = plain ]; then
			make -s -C "$dir" -j"$jobs" >/dev/null 2>&1
		else
			KPATCH_STAGE=$stage make -s -C "$dir" -j"$jobs" CC="$bin/libcare-cc" >/dev/null 2>&1
		fi ;;
	expat)
		dir=$dir/expat
		make -s -C "$dir" clean >/dev/null
		case $stage in
		plain) make -s -C "$dir" -j"$jobs" >/dev/null 2>&1 ;;
		original) KPATCH_STAGE=original make -s -C "$dir" -j"$jobs" CC="$bin/libcare-cc" >/dev/null 2>&1 ;;
		patched) KPATCH_STAGE=patched make -s -C "$dir" -j"$jobs" CC="$bin/libcare-cc" \
			LIBTOOL="/bin/sh $dir/libtool.libcare" >/dev/null 2>&1 ;;
		esac ;;
	json-c)
		dir=$work/json-c-build
		cmake --build "$dir" --target clean >/dev/null
		if [ "$stage" = plain ]; then
			cmake --build "$dir" -j"$jobs" >/dev/null 2>&1
		else
			KPATCH_STAGE=$stage cmake --build "$dir" -j"$jobs" >/dev/null 2>&1
		fi ;;
	esac
}
fix_for() {
	case $1 in
	memcached) echo "-d $work/memcached -p1 -i $here/../e2e/memcached/server_stats.patch" ;;
	expat) echo "-d $work/expat -p1 -i $work/expat/debian/patches/CVE-2024-45490.patch" ;;
	json-c) echo "-d $work/json-c -p1 -i $here/../distro/json-c/strict-json.patch" ;;
	esac
}
# timed PROJECT STAGE: "WALL CPU" seconds of one build; CPU (user +
# system of every process of the build) is the steadier figure on a
# machine that is busy with something else.
timed() {
	local TIMEFORMAT='%R %U %S' t
	t=$( { time (export KPATCH_DEFER_ERRORS=1 KPATCH_STASH=$work/stash-$1; build "$@"); } 2>&1) ||
		{ echo "build-time: $1 $2 build failed" >&2; exit 1; }
	awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"${t##*$'\n'}"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

projects=(memcached expat json-c)
for i in $(seq "$runs"); do
	for p in "${projects[@]}"; do
		echo "$p plain $(timed "$p" plain)"
		echo "$p original $(timed "$p" original)"
		# shellcheck disable=SC2046
		patch -s $(fix_for "$p")
		echo "$p patched $(timed "$p" patched)"
		# shellcheck disable=SC2046
		patch -s -R $(fix_for "$p")
	done
done >"$work/times"

printf '%-10s %-9s %8s %7s %8s %7s\n' project build wall ratio cpu ratio
for p in "${projects[@]}"; do
	plain_wall=$(awk -v p="$p" '$1 == p && $2 == "plain" { print $3 }' "$work/times" | median)
	plain_cpu=$(awk -v p="$p" '$1 == p && $2 == "plain" { print $4 }' "$work/times" | median)
	for stage in plain original patched; do
		wall=$(awk -v p="$p" -v s="$stage" '$1 == p && $2 == s { print $3 }' "$work/times" | median)
		cpu=$(awk -v p="$p" -v s="$stage" '$1 == p && $2 == s { print $4 }' "$work/times" | median)
		printf '%-10s %-9s %8.2f %7.3f %8.2f %7.3f\n' "$p" "$stage" "$wall" \
			"$(awk -v a="$wall" -v b="$plain_wall" 'BEGIN { print a / b }')" "$cpu" \
			"$(awk -v a="$cpu" -v b="$plain_cpu" 'BEGIN { print a / b }')"
	done
done
