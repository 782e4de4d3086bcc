#!/usr/bin/env bash
# Autotools with libtool, the small way: a shared library and a program,
# autoreconf && ./configure && make as usual, then libcare-patch-make in
# that tree with no other step.  The patched stage must link libgreet.so
# with -Wl,-q although libtool links with the compiler configure recorded;
# the original stage must give the plain build's library byte for byte.
# Case in-tree builds in the source tree; vpath in a separate build
# directory (../configure), with --srcdir and --builddir.
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
for tool in autoreconf libtoolize; do
	command -v $tool >/dev/null || lc_fail "$tool is missing (make deps installs autoconf, automake, libtool)"
done
case=${1:-in-tree}
work=${LIBCARE_WORK:-$(mktemp -d)}/kpmake-libtool-$case
rm -rf "$work"
mkdir -p "$work"
cp -r "$here/src" "$work/src"
cd "$work/src"
autoreconf -fi >"$work/autoreconf.log" 2>&1 || { cat "$work/autoreconf.log" >&2; lc_fail "autoreconf"; }
if [ "$case" = vpath ]; then
	mkdir ../build
	cd ../build
fi
../src/configure -q CFLAGS="-O2 -g" >"$work/configure.log" 2>&1 || lc_fail "configure"
make -s >"$work/make.log" 2>&1 || { cat "$work/make.log" >&2; lc_fail "plain make"; }
mkdir "$work/run"
cp -a .libs/libgreet.so* "$work/run/"
cp .libs/greeter "$work/run/greeter"
lib=$(readlink -f .libs/libgreet.so)

options=()
[ "$case" = in-tree ] || options=(--srcdir ../src --builddir .)
libcare-patch-make --clean "${options[@]}" -i 0001 "$here/../kpmake-cmake/fix.patch" >"$work/kpmake.log" 2>&1 ||
	{ tail -20 "$work/kpmake.log" >&2; lc_fail "libcare-patch-make"; }
cmp -s "$lib" "$work/run/$(basename "$lib")" || lc_fail "the original stage's libgreet.so differs from the plain build's"
cmp -s "$work/src/greet.c" "$here/src/greet.c" || lc_fail "the sources were left patched"
patch=$PWD/patchroot/$(lc_build_id "$lib").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain libgreet.so: $(ls patchroot)"

out=$work/out
LD_LIBRARY_PATH=$work/run lc_start "$out" "$work/run/greeter"
lc_wait_for "$out" 0 "hello 3"
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
lc_wait_for "$out" "$(lc_size "$out")" "hello 3 (patched)"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
lc_wait_for "$out" "$(lc_size "$out")" "hello 3"
lc_alive "$lc_pid"
echo "PASS: kpmake-libtool $case"
