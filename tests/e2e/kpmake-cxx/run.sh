#!/usr/bin/env bash
# run.sh make|cmake: a two-unit C++ project whose fix changes an inline
# function of a header (a COMDAT group in both units), patched through
# libcare-patch-make: with make (CXX is libcare-c++), or out of tree with
# CMake configured by the toolchain file (which must give the same binary
# as a plain configure).  The function is redirected once, to one copy,
# and a running program shows the fix in both units' calls.
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
toolchain=$here/../../../cmake/libcare.cmake
case=$1
work=${LIBCARE_WORK:-$(mktemp -d)}/kpmake-cxx-$case
rm -rf "$work"
mkdir -p "$work"
cp -r "$here/src" "$work/a"
cp -r "$here/src" "$work/b"
sed -i 's/"tag"/"TAG"/' "$work/b/tag.h"
cd "$work"
diff -u a/tag.h b/tag.h >fix.patch && lc_fail "the fix changes nothing"
cp -r a src

case $case in
make)
	make -s -C src >build.log 2>&1 || { cat build.log >&2; lc_fail "plain make"; }
	cp src/prog prog
	(cd src && libcare-patch-make --clean -i 0001 ../fix.patch) >kpmake.log 2>&1 ||
		{ cat kpmake.log >&2; lc_fail "libcare-patch-make"; }
	patches=src/patchroot
	;;
cmake)
	cmake -S src -B plain >cmake.log 2>&1 && cmake --build plain >>cmake.log 2>&1 ||
		{ cat cmake.log >&2; lc_fail "plain cmake build"; }
	cmake -S src -B build -DCMAKE_TOOLCHAIN_FILE="$toolchain" >>cmake.log 2>&1 &&
		cmake --build build >>cmake.log 2>&1 || { cat cmake.log >&2; lc_fail "cmake build with the toolchain file"; }
	grep -q '^set(CMAKE_CXX_COMPILER ".*libcare-c++")' build/CMakeFiles/[0-9]*/CMakeCXXCompiler.cmake ||
		lc_fail "the toolchain file did not set libcare-c++"
	cmp plain/prog build/prog || lc_fail "the toolchain file's plain build differs from a plain build"
	cp build/prog prog
	libcare-patch-make --clean --srcdir src --builddir build -i 0001 fix.patch >kpmake.log 2>&1 ||
		{ cat kpmake.log >&2; lc_fail "libcare-patch-make"; }
	patches=patchroot
	[ -d "$patches" ] || patches=build/patchroot
	;;
*)
	lc_fail "unknown case $case"
	;;
esac
diff -r "$here/src" src -x patchroot -x lpmake -x .lpmaketmp -x '*.o' -x prog >/dev/null ||
	lc_fail "the source tree was left changed"
set -- "$patches"/*.kpatch
[ $# = 1 ] && [ -f "$1" ] || lc_fail "expected one patch, got: $*"
tail -c +625 "$1" >patch.o
names=$(objcopy -O binary --only-section=.kpatch.strtab patch.o /dev/stdout | tr '\0' '\n' | grep .)
[ "$names" = _Z3tagB5cxx11i ] || lc_fail "expected tag() redirected once, the patch redirects: $names"

out=$work/out
lc_start "$out" ./prog
lc_wait_for "$out" 0 "tag1 tag3"
libcare-ctl patch -p "$lc_pid" "$1" >patch.log 2>&1 || { cat patch.log >&2; lc_fail "libcare-ctl patch"; }
lc_wait_for "$out" "$(lc_size "$out")" "TAG1 TAG3"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >unpatch.log 2>&1 || { cat unpatch.log >&2; lc_fail "libcare-ctl unpatch"; }
lc_wait_for "$out" "$(lc_size "$out")" "tag1 tag3"
lc_alive "$lc_pid"
echo "PASS: kpmake-cxx $case"
