#!/usr/bin/env bash
# `make glibc-demo`: Debian's own libc.so.6 patched live with a real CVE fix.
#
# An older libc6 (GLIBC_OLD, default 2.36-9+deb12u7) is unpacked into the
# build tree and a few programs run against it through its own ld.so; the
# system's libc is never touched.  That libc6 has CVE-2025-0395: assert()
# copies its message 4 bytes past the page it maps for it.  The fix is cut
# out of a later Debian source's git-updates.diff (GLIBC_FIXED, default
# 2.36-9+deb12u10), libcare-pkgbuild builds glibc from `apt-get source
# glibc=GLIBC_OLD` in both plugin stages (libc flavour only) and makes a
# patch keyed by the shipped libc.so.6's BuildID, after proving the rebuild
# matches it section for section.  The doctor patches every process that
# maps that libc, the bug is gone, unpatch brings it back.
#
# Needs root (apt-get build-dep) and the deb-src entries of Debian 12.  The
# original stage is cached in the work directory (LIBCARE_GLIBC_WORK,
# default build/glibc-demo): a rerun builds only the patched stage, or
# nothing when the fix and the tools are the same.
set -euo pipefail
unset MAKEFLAGS MFLAGS MAKELEVEL
top=$(cd "$(dirname "$0")/../.." && pwd)
export PATH="$top/build/bin:$PATH"
old=${GLIBC_OLD:-2.36-9+deb12u7}
fixed=${GLIBC_FIXED:-2.36-9+deb12u10}
cve=CVE-2025-0395
fix_files="assert/assert.c sysdeps/posix/libc_fatal.c"
libc_path=/lib/x86_64-linux-gnu/libc.so.6
work=${LIBCARE_GLIBC_WORK:-$top/build/glibc-demo}
patients=()

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }
die() { echo "glibc-demo: error: $*" >&2; exit 1; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
cleanup() {
	[ ${#patients[@]} -eq 0 ] || kill "${patients[@]}" 2>/dev/null || true
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || die "run as root: it installs glibc's build dependencies"
for tool in libcare-ctl libcare-pkgbuild; do
	command -v $tool >/dev/null || die "$tool is missing: run make first"
done
mkdir -p "$work"
cd "$work"

step "1. The older libc6 $old, unpacked beside the system's own"
apt-get source --help >/dev/null 2>&1 || die "apt-get is missing"
libc_deb=libc6_${old//:/%3a}_amd64.deb
[ -f "$libc_deb" ] || run apt-get download "libc6=$old" ||
	die "libc6 $old is not in the archive (apt-cache policy libc6 lists what is)"
rm -rf libc6-old
dpkg-deb -x "$libc_deb" libc6-old
libdir=$work/libc6-old/lib/x86_64-linux-gnu
ldso=$libdir/ld-linux-x86-64.so.2
[ -x "$ldso" ] && [ -f "$libdir/libc.so.6" ] || die "$libc_deb holds no ld.so and libc.so.6"
printf 'libc.so.6 of %s: BuildID %s (the system runs %s)\n' "$old" \
	"$(readelf -n "$libdir/libc.so.6" | awk '/Build ID/ { print $3 }')" \
	"$(dpkg-query -W -f='${Version}' libc6)"

step "2. Programs running against it through its own ld.so"
gcc -O2 -Wall -o patient "$top/samples/glibc/patient.c"
: >patients.out
for name in alpha beta gamma; do
	"$ldso" --library-path "$libdir" ./patient "$name" >>patients.out &
	patients+=($!)
done
"$ldso" --library-path "$libdir" /usr/bin/sleep 1d &
patients+=($!)
sleep 0.5
cat patients.out
printf '\nand %s: %s --library-path %s /usr/bin/sleep 1d\n' "${patients[3]}" "$ldso" "$libdir"
trials() {
	local from pid
	from=$(stat -c %s patients.out)
	for pid in "${patients[@]:0:3}"; do
		kill -USR1 "$pid"
		sleep 0.3
	done
	sleep 0.3
	tail -c +"$((from + 1))" patients.out
}
echo
echo "Each patient forks a child that fails an assertion whose message fills a page:"
trials

step "3. The fix for $cve, cut out of glibc $fixed's git-updates.diff"
[ -f "glibc_$old.dsc" ] || run apt-get source --download-only "glibc=$old" >/dev/null ||
	die "cannot download the source glibc=$old (is there a deb-src entry?)"
fixed_tar=glibc_${fixed}.debian.tar.xz
[ -f "$fixed_tar" ] || run apt-get source --download-only "glibc=$fixed" >/dev/null ||
	die "cannot download the source glibc=$fixed"
tar -xJOf "$fixed_tar" debian/changelog | awk -v v="$fixed" -v c="$cve" '
	/^glibc / { on = index($0, "(" v ")") > 0 } on && index($0, c) { print "changelog of " v ":" prev; print }
	{ prev = $0 }'
tar -xJOf "$fixed_tar" debian/patches/git-updates.diff | awk -v want="$fix_files" '
	BEGIN { n = split(want, w, " "); for (i = 1; i <= n; i++) keep["a/" w[i]] = 1 }
	/^diff --git / { on = ($3 in keep) }
	on' >"$cve.patch"
[ -s "$cve.patch" ] || die "no hunks for $fix_files in $fixed_tar"
cat "$cve.patch"
fix_functions=$(sed -n 's/^@@ [^@]* @@ \(.*[A-Za-z_][A-Za-z_0-9]*\) *(.*/\1/p' "$cve.patch" |
	awk '{ print $NF }' | sort -u)

src=$work/src/glibc-${old%%-*}
if [ ! -f "$src/debian/rules" ]; then
	rm -rf "$src"
	mkdir -p "$work/src"
	(cd "$work/src" && dpkg-source -x "$work/glibc_$old.dsc" "$src") >"$work/dpkg-source.log" 2>&1 ||
		die "cannot unpack glibc_$old.dsc"
fi
(cd "$src" && patch -p1 --dry-run -s <"$work/$cve.patch") || die "the fix does not apply to glibc $old"
echo "build dependencies (libc flavour only):"
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 -y -q build-dep \
	-P nobiarch,noudeb "glibc=$old" | grep -E '^(Need to get|[0-9]+ upgraded)' || true

step "4. Build the patch (libcare-pkgbuild; the original stage is cached in $src/.libcare-pkgbuild)"
printf '$ DEB_BUILD_PROFILES="nobiarch noudeb" libcare-pkgbuild --arch-only -i %s --against %s --only %s %s\n' \
	"${cve,,}" "$libc_deb" "$libc_path" "$cve.patch"
t0=$(now)
status=0
(cd "$src" && DEB_BUILD_PROFILES="nobiarch noudeb" libcare-pkgbuild --arch-only -i "${cve,,}" \
	--against "$work/$libc_deb" --only "$libc_path" "$work/$cve.patch") | tee pkgbuild.out || status=$?
t1=$(now)
[ $status = 0 ] || die "libcare-pkgbuild failed (exit $status)"
patch_file=$(ls "$src"/patchroot/*.kpatch)
echo "patch: $patch_file ($(stat -c %s "$patch_file") bytes)"
sed -n 's/^built the \(original\|patched\) stage in \([0-9]*\) s$/\1 \2/p' pkgbuild.out >build-times

step "5. Patch every process that maps that libc.so.6"
run libcare-ctl patch -p all "$src/patchroot" | tee patch.out
t2=$(now)
run libcare-ctl info -p "${patients[0]}"
patched_functions=$(libcare-ctl info -p "${patients[0]}" --json |
	grep -o '"name": *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/' | sort -u)

step "6. The same trials against the patched processes"
trials

step "7. Unpatch: the bug is back"
run libcare-ctl unpatch -p all -i "glibc-${cve,,}" | tee unpatch.out
trials

step "Summary"
printf 'patch build (libcare-pkgbuild): %s s' "$(secs "$t0" "$t1")"
while read -r stage s; do printf '; %s stage %s s' "$stage" "$s"; done <build-times
[ -s build-times ] || printf ' (both stages cached)'
echo
printf 'libcare-ctl patch -p all: %s ms, %s process(es) patched; each stopped: %s\n' \
	"$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.0f", (b - a) * 1000 }')" \
	"$(grep -c ' applied, ' patch.out || true)" \
	"$(sed -n 's/^pid \([0-9]*\): .* applied, .*stopped \([0-9]*\) us$/\2 us (pid \1)/p' patch.out |
		paste -sd, - | sed 's/,/, /g')"
echo "functions in the fix:   $(echo $fix_functions)"
echo "functions in the patch: $(echo $patched_functions)"
