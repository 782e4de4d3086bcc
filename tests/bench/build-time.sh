#!/usr/bin/env bash
# What the plugin costs a real build: memcached from Debian's source package
# with Debian's flags, built plain, with the plugin in the original stage,
# and in the patched stage with a one-line fix (every TU through gensrc).
# Each build is a full `make` after `make clean`; prints times and ratios.
# Usage: build-time.sh [RUNS]   (default 3, the median is shown)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${LIBCARE_BIN:-$here/../../build/bin}
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source -qq memcached >/dev/null 2>&1) || {
	echo "build-time: apt-get source memcached failed (needs a deb-src entry: make deps)" >&2
	exit 1
}
cd "$work"/memcached-*/
export DEB_BUILD_MAINT_OPTIONS= KPATCH_STASH=$work/stash
./configure -q CFLAGS="$(dpkg-buildflags --get CFLAGS)" CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)" \
	LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
jobs=$(nproc)

# timed_build STAGE: seconds for a clean full build.
timed_build() {
	make -s clean >/dev/null
	local start end
	start=$(date +%s.%N)
	if [ "$1" = plain ]; then
		make -s -j"$jobs" >/dev/null 2>&1
	else
		KPATCH_STAGE=$1 KPATCH_DEFER_ERRORS=1 make -s -j"$jobs" CC="$bin/libcare-cc" >/dev/null 2>&1
	fi
	end=$(date +%s.%N)
	awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Interleaved, so that whatever else the machine does weighs on all three.
fix=$here/../e2e/memcached/server_stats.patch
for i in $(seq "$runs"); do
	echo "plain $(timed_build plain)"
	echo "original $(timed_build original)"
	patch -s -p1 <"$fix"
	echo "patched $(timed_build patched)"
	patch -s -R -p1 <"$fix"
done >"$work/times"
plain=$(awk '$1 == "plain" { print $2 }' "$work/times" | median)
original=$(awk '$1 == "original" { print $2 }' "$work/times" | median)
patched=$(awk '$1 == "patched" { print $2 }' "$work/times" | median)
printf '%-10s %8s %8s\n' build seconds ratio
printf '%-10s %8.2f %8s\n' plain "$plain" 1.00
ratio() { awk -v a="$1" -v b="$plain" 'BEGIN { printf "%.3f", a / b }'; }
printf '%-10s %8.2f %8s\n' original "$original" "$(ratio "$original")"
printf '%-10s %8.2f %8s\n' patched "$patched" "$(ratio "$patched")"
