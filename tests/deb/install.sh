# deb.install: `dpkg -i` the package deb.build made, then use it as a user
# would from /usr: libcare-ctl --version, `gcc -fplugin=libcare` through
# both stages, libcare-cc, find_package(LibCare); `dpkg -r` leaves the
# places it installed into as they were.  A libcare the machine already has
# is not ours to replace: then the test is skipped.
source "$(dirname "$0")/../e2e/lib.sh"
source "$(dirname "$0")/lib.sh"
if [ "$(id -u)" != 0 ]; then
	echo "SKIP: dpkg -i needs root" >&2
	exit 77
fi
deb=$(deb_package)
if [ -n "$(deb_status libcare)" ]; then
	echo "SKIP: libcare is installed here ($(deb_status libcare)); this test installs and removes its own" >&2
	exit 77
fi
work=$LIBCARE_DEB_WORK/install
rm -rf "$work"
mkdir -p "$work"
installed=no
remove_ours() {
	[ $installed = yes ] && deb_dpkg --purge libcare >/dev/null 2>&1 || true
	deb_restore_over "$work/saved"
	lc_cleanup
}
trap remove_ours EXIT

deb_snapshot "$work/before"
deb_save_over "$deb" "$work/saved"
installed=yes
deb_dpkg -i "$deb" >"$work/dpkg-i.log" || { cat "$work/dpkg-i.log" >&2; lc_fail "dpkg -i $deb failed"; }
[ "$(deb_status libcare)" = "install ok installed" ] || lc_fail "libcare is not installed: $(deb_status libcare)"

# dpkg -L: every file of the package is where the package says
plugin=$(gcc -print-file-name=plugin)/libcare.so
dpkg -L libcare >"$work/files"
for f in /usr/bin/libcare-ctl /usr/bin/kpatch_user /usr/bin/kpatch_build /usr/bin/libcare-cc \
	/usr/bin/libcare-patch-make "$plugin" /usr/share/man/man1/libcare-ctl.1 \
	/usr/lib/cmake/LibCare/LibCareConfig.cmake /etc/libcare/keys /var/lib/libcare/patches; do
	grep -qxF "$f" "$work/files" || lc_fail "dpkg -L libcare does not list $f"
	[ -e "$f" ] || lc_fail "$f is listed but missing"
done
[ "$(stat -c %U:%a /etc/libcare/keys)" = root:755 ] || lc_fail "/etc/libcare/keys is $(stat -c %U:%a /etc/libcare/keys)"
# nothing to ask about on upgrade or purge
[ -z "$(dpkg-query -W -f='${Conffiles}' libcare)" ] || lc_fail "libcare has conffiles"

# the watcher's unit as installed: systemd-analyze finds what it runs (PID 1
# here need not be systemd)
if command -v systemd-analyze >/dev/null; then
	out=$(systemd-analyze verify --man=no /usr/lib/systemd/system/libcare.service 2>&1) &&
		[ -z "$out" ] || { echo "$out" >&2; lc_fail "systemd-analyze verify libcare.service"; }
fi

# the programs run from /usr/bin, whatever PATH the build tree put first
version=$(dpkg-deb -f "$deb" Version)
out=$(/usr/bin/libcare-ctl --version)
[ "$out" = "libcare-ctl (LibCare) $version" ] || lc_fail "/usr/bin/libcare-ctl --version: $out"
out=$(/usr/bin/kpatch_user --version)
[ "$out" = "libcare-ctl (LibCare) $version" ] || lc_fail "/usr/bin/kpatch_user --version: $out"
/usr/bin/kpatch_build --help >/dev/null 2>&1 || [ $? = 1 ] || [ $? = 2 ] || lc_fail "kpatch_build does not run"

# gcc finds the plugin by its name, and both stages work: the original
# stage stashes the unit's assembly, the patched one merges in the fix
cd "$work"
printf 'int step(int x)\n{\n\treturn x + 1;\n}\n' >unit.c
[ "$(gcc -print-file-name=plugin/libcare.so)" = "$plugin" ] || lc_fail "gcc does not see $plugin"
KPATCH_STAGE=original KPATCH_STASH=$work/stash gcc -O2 -fplugin=libcare -c unit.c ||
	lc_fail "gcc -fplugin=libcare failed in the original stage"
[ -n "$(find stash -name 'unit.o.original.s')" ] || lc_fail "the original stage stashed nothing"
sed -i 's/x + 1/x + 2/' unit.c
KPATCH_STAGE=patched KPATCH_STASH=$work/stash gcc -O2 -fplugin=libcare -c unit.c ||
	lc_fail "gcc -fplugin=libcare failed in the patched stage"
readelf -SW unit.o | grep -q '\.kpatch\.text' || lc_fail "the patched stage did not add .kpatch.text"
nm unit.o | grep -q ' T step\.kpatch$' || lc_fail "the patched stage did not emit step.kpatch"
# libcare-cc from /usr/bin, with no plugin beside it, uses the same one
rm -f unit.o
KPATCH_STAGE=patched KPATCH_STASH=$work/stash /usr/bin/libcare-cc -O2 -c unit.c || lc_fail "libcare-cc failed"
nm unit.o | grep -q ' T step\.kpatch$' || lc_fail "libcare-cc did not run the plugin"

# a CMake project finds the installed tools
mkdir -p cmk
cat >cmk/CMakeLists.txt <<'CMK'
cmake_minimum_required(VERSION 3.20)
project(uses_libcare C)
find_package(LibCare REQUIRED)
get_target_property(ctl LibCare::ctl IMPORTED_LOCATION)
message(STATUS "libcare: ${LibCare_VERSION} ${ctl} ${LibCare_TOOLCHAIN_FILE}")
CMK
out=$(env PATH=/usr/bin:/bin cmake -S cmk -B cmk/build 2>&1) || { echo "$out" >&2; lc_fail "find_package(LibCare) failed"; }
grep -qF "libcare: $version /usr/bin/libcare-ctl /usr/lib/cmake/LibCare/libcare.cmake" <<<"$out" ||
	{ echo "$out" >&2; lc_fail "find_package(LibCare) did not find the installed tools"; }

# an unstaged `make install` refuses to replace the plugin dpkg owns
rc=0
out=$(cmake --install "$LIBCARE_DEB_WORK/tree" --prefix "$work/prefix" 2>&1) || rc=$?
[ $rc != 0 ] || lc_fail "cmake --install over the package's plugin succeeded"
# cmake wraps the message: join its lines
grep -qF "$plugin belongs to the Debian package libcare" <<<"$(tr -s ' \n' '  ' <<<"$out")" || { echo "$out" >&2; lc_fail "no word of the package"; }
[ ! -e "$work/prefix" ] || lc_fail "the refused install wrote $(find "$work/prefix" | head -3)"
cmp -s "$plugin" "$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ".$plugin" >"$work/plugin.deb" && echo "$work/plugin.deb")" ||
	lc_fail "the package's plugin was replaced"

# dpkg -r: gone, and the places it installed into are as before
cd /
deb_dpkg -r libcare >"$work/dpkg-r.log" || { cat "$work/dpkg-r.log" >&2; lc_fail "dpkg -r libcare failed"; }
installed=no
[ -z "$(deb_status libcare)" ] || [ "$(deb_status libcare)" = "unknown ok not-installed" ] ||
	lc_fail "after dpkg -r libcare: $(deb_status libcare)"
[ ! -e /usr/bin/libcare-ctl ] && [ ! -e "$plugin" ] || lc_fail "dpkg -r left files behind"
deb_restore_over "$work/saved"
deb_snapshot "$work/after"
diff -u "$work/before" "$work/after" >&2 || lc_fail "dpkg -r did not restore what was there before"
echo "PASS: installed $(basename "$deb"), used it from /usr, removed it"
