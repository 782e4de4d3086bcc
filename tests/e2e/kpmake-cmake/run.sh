#!/usr/bin/env bash
# CMake, out of tree, through the toolchain file cmake/libcare.cmake:
#   toolchain    a plain configure with it builds the same bytes as one
#                without it;
#   out-of-tree  libcare-patch-make --srcdir SRC --builddir BUILD applies the
#                fix in the source tree, builds in the build tree, restores
#                the sources even when the build fails; the library of a
#                running program is patched and unpatched;
#   package      find_package(LibCare) and libcare_add_livepatch(): the
#                livepatch target makes the same patch;
#   unconfigured a tree configured without the toolchain file is refused,
#                saying how to configure it;
#   meson        the same project set up by Meson with CC=libcare-cc, out
#                of tree.
. "$(dirname "$0")/../lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
toolchain=$here/../../../cmake/libcare.cmake
work=${LIBCARE_WORK:-$(mktemp -d)}/kpmake-cmake-$1
rm -rf "$work"
mkdir -p "$work"
cp -r "$here/src" "$work/src"
cd "$work"

configure() { cmake -S src -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$work/cmake.log" 2>&1 || { cat "$work/cmake.log" >&2; lc_fail "cmake $*"; }; }
build() { cmake --build build -j2 >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; lc_fail "cmake --build"; }; }

# plain-built copies to run: the patient maps these, not the build tree's
plain_copies() {
	mkdir -p "$work/run"
	cp build/greeter "$work/run/"
	cp -a build/libgreet.so "$work/run/"
}
run_patched() {
	local patch=$1 out=$work/out
	LD_LIBRARY_PATH=$work/run lc_start "$out" "$work/run/greeter"
	lc_wait_for "$out" 0 "hello 3"
	libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
	lc_wait_for "$out" "$(lc_size "$out")" "hello 3 (patched)"
	libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
	lc_wait_for "$out" "$(lc_size "$out")" "hello 3"
	lc_alive "$lc_pid"
}
sources_unchanged() { diff -r "$here/src" "$work/src" >/dev/null || lc_fail "the source tree was left changed"; }

case $1 in
toolchain)
	configure
	build
	mkdir plain
	cp build/greeter build/libgreet.so plain/
	rm -rf build
	configure -DCMAKE_TOOLCHAIN_FILE="$toolchain"
	grep -q '^set(CMAKE_C_COMPILER ".*libcare-cc")' build/CMakeFiles/[0-9]*/CMakeCCompiler.cmake || lc_fail "the toolchain file did not set libcare-cc"
	build
	cmp plain/greeter build/greeter && cmp plain/libgreet.so build/libgreet.so ||
		lc_fail "the toolchain file's plain build differs from a plain build"
	;;
out-of-tree)
	lc_need_root
	configure -DCMAKE_TOOLCHAIN_FILE="$toolchain"
	build
	plain_copies
	mkdir top
	cd top
	printf -- '--- a/greet.c\n+++ b/greet.c\n@@ -1,3 +1,4 @@\n #include <stdio.h>\n+#error broken fix\n \n int greet(char *buf, int size, int n)\n' >"$work/broken.patch"
	status=0
	libcare-patch-make --clean --srcdir ../src --builddir ../build -i 0001 "$work/broken.patch" >"$work/kpmake.log" 2>&1 || status=$?
	[ $status != 0 ] || lc_fail "the broken fix made a patch"
	grep -q "error: step 'build patched code' failed" "$work/kpmake.log" || { cat "$work/kpmake.log" >&2; lc_fail "no error naming the step"; }
	sources_unchanged
	libcare-patch-make --clean --srcdir ../src --builddir ../build -i 0001 "$here/fix.patch" >"$work/kpmake.log" 2>&1 ||
		{ cat "$work/kpmake.log" >&2; lc_fail "libcare-patch-make out of tree"; }
	sources_unchanged
	patch=$PWD/patchroot/$(lc_build_id "$work/run/libgreet.so").kpatch
	[ -f "$patch" ] || lc_fail "no patch for the plain libgreet.so's BuildID: $(ls patchroot)"
	cmp -s ../build/libgreet.so "$work/run/libgreet.so" || lc_fail "the build tree's libgreet.so is not the original"
	run_patched "$patch"
	;;
package)
	lc_need_root
	configure -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DLibCare_DIR="$here/../../../cmake" \
		-DLIVEPATCH_PATCHES="$here/fix.patch"
	build
	plain_copies
	cmake --build build --target livepatch >"$work/livepatch.log" 2>&1 ||
		{ cat "$work/livepatch.log" >&2; lc_fail "cmake --build --target livepatch"; }
	sources_unchanged
	patch=$work/build/livepatch/patchroot/$(lc_build_id "$work/run/libgreet.so").kpatch
	[ -f "$patch" ] || lc_fail "the livepatch target made no patch for libgreet.so: $(tail -5 "$work/livepatch.log")"
	run_patched "$patch"
	;;
unconfigured)
	configure
	build
	mkdir top
	cd top
	status=0
	libcare-patch-make --clean --srcdir ../src --builddir ../build -i 0001 "$here/fix.patch" >"$work/kpmake.log" 2>&1 || status=$?
	[ $status = 1 ] || lc_fail "exit status $status, not 1"
	grep -q "error: .*not configured with libcare-cc: configure it with -DCMAKE_TOOLCHAIN_FILE=" "$work/kpmake.log" ||
		{ cat "$work/kpmake.log" >&2; lc_fail "the error does not say how to configure"; }
	[ -f ../build/greeter ] || lc_fail "the refused run cleaned the build tree"
	;;
meson)
	lc_need_root
	command -v meson >/dev/null || { echo "SKIP: meson is not installed" >&2; exit 77; }
	CC=libcare-cc meson setup build src --buildtype=debugoptimized >"$work/meson.log" 2>&1 ||
		{ cat "$work/meson.log" >&2; lc_fail "meson setup"; }
	meson compile -C build >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; lc_fail "meson compile"; }
	plain_copies
	mkdir top
	cd top
	libcare-patch-make --clean --srcdir ../src --builddir ../build -i 0001 "$here/fix.patch" >"$work/kpmake.log" 2>&1 ||
		{ cat "$work/kpmake.log" >&2; lc_fail "libcare-patch-make on a Meson tree"; }
	sources_unchanged
	patch=$PWD/patchroot/$(lc_build_id "$work/run/libgreet.so").kpatch
	[ -f "$patch" ] || lc_fail "no patch for the plain libgreet.so's BuildID: $(ls patchroot)"
	run_patched "$patch"
	;;
*)
	lc_fail "unknown case $1" ;;
esac
echo "PASS: kpmake-cmake $1"
