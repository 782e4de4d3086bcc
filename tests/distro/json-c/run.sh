#!/usr/bin/env bash
# CMake out of tree: json-c from Debian's source, configured in a separate
# build directory with the toolchain file and Debian's flags (hardening=+all,
# as its package builds).  libcare-patch-make takes the build directory,
# applies the fix in the source tree and restores it; a program linked
# against the plain-built libjson-c.so is patched while it runs (NaN and
# Infinity serialised as null) and unpatched.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
toolchain=$here/../../../cmake/libcare.cmake
src=$(distro_source json-c)
work=$LIBCARE_WORK/json-c
rm -rf "$work"
mkdir -p "$work"
cp -a "$src" "$work/src"
cp -a "$src" "$work/src.before"
cd "$work"
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S src -B build -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=None \
	-DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_C_FLAGS="$cflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" \
	-DCMAKE_EXE_LINKER_FLAGS="$ldflags" >"$work/cmake.log" 2>&1 || { tail "$work/cmake.log" >&2; lc_fail "cmake"; }
cmake --build build -j2 >"$work/build.log" 2>&1 || { tail "$work/build.log" >&2; lc_fail "plain build"; }
mkdir plain
cp -a build/libjson-c.so* plain/
lib=$(readlink -f build/libjson-c.so)
gcc -O2 -Isrc -Ibuild "$here/nan_array.c" -Lplain -ljson-c -o nan_array || lc_fail "building the patient"

mkdir top
cd top
status=0
libcare-patch-make --clean --srcdir ../src --builddir ../build -i 0001 "$here/strict-json.patch" \
	>"$work/kpmake.log" 2>&1 || status=$?
[ $status = 0 ] || { tail -20 "$work/kpmake.log" >&2; lc_fail "libcare-patch-make exited $status"; }
diff -r "$work/src.before" "$work/src" >/dev/null || lc_fail "the source tree was left changed"
patch=$PWD/patchroot/$(lc_build_id "$work/plain/$(basename "$lib")").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's libjson-c BuildID: $(ls patchroot)"
cmp -s "$lib" "$work/plain/$(basename "$lib")" || lc_fail "the build tree's libjson-c.so is not the plain build's"

out=$work/out
LD_LIBRARY_PATH=$work/plain lc_start "$out" "$work/nan_array"
lc_wait_for "$out" 0 "[NaN,Infinity,1.5]"
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
lc_wait_for "$out" "$(lc_size "$out")" "[null,null,1.5]"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
lc_wait_for "$out" "$(lc_size "$out")" "[NaN,Infinity,1.5]"
lc_alive "$lc_pid"
echo "PASS: json-c (libjson-c.so built out of tree with CMake, patched in a running process, and unpatched)"
