#!/usr/bin/env bash
# sqlite 3.40.1 from Debian's source: a fix that changes code and no type.
# The original is the source with Debian's CVE-2023-7104 patch (the
# sessions extension read 8 bytes of an integer past a changeset's end)
# reversed.  Its amalgamation, generated as Debian generates it, is the
# one source of a small make project that builds libsqlite3.so.0 with
# Debian's flags; libcare-patch-make builds the fix as a patch for the
# plain build.  A program using the plain-built library is patched while
# it runs (the changeset is then reported corrupt) and unpatched.  Prints
# the functions of the patch and the time of each stage.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../sqlite.sh"
lc_need_root
export LC_ALL=C	# a decimal point in $EPOCHREALTIME
here=$(cd "$(dirname "$0")" && pwd)
src=$(distro_source sqlite3)
work=$LIBCARE_WORK/sqlite-patch
rm -rf "$work"
mkdir -p "$work"
fix=debian/patches/0001-Fix-a-buffer-overread-in-the-sessions-extension-that.patch
[ -f "$src/$fix" ] || lc_fail "this sqlite3 source has no $fix (CVE-2023-7104)"

t0=$SECONDS
cp -a "$src" "$work/orig"
(cd "$work/orig" && patch -s -R -p1 <"$fix") || lc_fail "reversing $fix"
cp -a "$src" "$work/fixed"
sqlite_amalgamation "$work/orig"
sqlite_amalgamation "$work/fixed"
# the fix as the project sees it: a change of its one source file
mkdir "$work/a" "$work/b"
cp "$work/orig/bld/sqlite3.c" "$work/a/sqlite3.c"
cp "$work/fixed/bld/sqlite3.c" "$work/b/sqlite3.c"
(cd "$work" && diff -u a/sqlite3.c b/sqlite3.c >fix.patch) && lc_fail "the fix does not change sqlite3.c"
echo "amalgamations: $((SECONDS - t0)) s"

project=$work/project
mkdir "$project"
cp "$work/orig/bld/sqlite3.c" "$work/orig/bld/sqlite3.h" "$project/"
cd "$project"
sqlite_flags
cat >Makefile <<MK
CC = gcc
libsqlite3.so.0: sqlite3.o
	\$(CC) $sqlite_cflags -shared -Wl,-soname,libsqlite3.so.0 $sqlite_ldflags -o \$@ sqlite3.o -lm
sqlite3.o: sqlite3.c
	\$(CC) $sqlite_cflags -c sqlite3.c -o \$@
install: libsqlite3.so.0
	mkdir -p \$(DESTDIR)/usr/lib
	cp libsqlite3.so.0 \$(DESTDIR)/usr/lib/
clean:
	rm -f sqlite3.o libsqlite3.so.0
MK

# the plain build: what the patient runs
t0=$EPOCHREALTIME
make -s >"$work/plain.log" 2>&1 || { tail "$work/plain.log" >&2; lc_fail "the plain build"; }
plain_time=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
mkdir "$work/plain"
cp libsqlite3.so.0 "$work/plain/"
lib=$work/plain/libsqlite3.so.0
gcc -O2 -I. -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_PREUPDATE_HOOK "$here/changeset.c" \
	"$lib" -o "$work/changeset" || lc_fail "building the patient"

# libcare-patch-make, each line of its log with the time it was written
status=0
libcare-patch-make --clean -i cve-2023-7104 "$work/fix.patch" 2>&1 |
	while IFS= read -r line; do echo "$EPOCHREALTIME $line"; done >"$work/kpmake.log" || status=$?
[ $status = 0 ] || { tail -20 "$work/kpmake.log" >&2; lc_fail "libcare-patch-make exited $status"; }
# since STEP A until STEP B, in seconds
between() {
	awk -v a="$1" -v b="$2" 'index($0, a) && !s { s = $1 } index($0, b) && s { printf "%.1f\n", $1 - s; exit }' "$work/kpmake.log"
}
orig_time=$(between "BUILDING ORIGINAL CODE" "INSTALLING ORIGINAL")
patched_time=$(between "BUILDING PATCHED CODE" "INSTALLING PATCHED")
make_time=$(between "MAKING PATCHES" "patch for ")
patch=$project/patchroot/$(lc_build_id "$lib").kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's BuildID $(lc_build_id "$lib"): $(ls patchroot)"
[ "$(ls patchroot | wc -l)" = 1 ] || lc_fail "expected one patch (libsqlite3.so.0), got: $(ls patchroot)"
cmp -s lpmake/usr/lib/libsqlite3.so.0 "$lib" || lc_fail "the original stage's libsqlite3.so.0 is not the plain build's"
cmp -s libsqlite3.so.0 "$lib" || lc_fail "the build tree's libsqlite3.so.0 is not the plain build's"
cmp -s sqlite3.c "$work/a/sqlite3.c" || lc_fail "sqlite3.c was left patched"

out=$work/out
LD_LIBRARY_PATH=$work/plain lc_start "$out" "$work/changeset"
old="changeset: insert 7"
new="changeset: next: database disk image is malformed"
lc_wait_for "$out" 0 "$old"
grep -qF " $lib" "/proc/$lc_pid/maps" || lc_fail "the patient does not use $lib"
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
lc_wait_for "$out" "$(lc_size "$out")" "$new"
lc_alive "$lc_pid"
funcs=$(sed -n 's/^\([0-9][0-9]*\) patch hunk(s) have been successfully applied.*/\1/p' "$work/patch.log")
[ -n "$funcs" ] || { cat "$work/patch.log" >&2; lc_fail "no count of patched functions"; }
names=$(libcare-ctl info -p "$lc_pid" | sed -n 's/^ *\([^ :]*\): .*(redirected)$/\1/p' | paste -sd, -)
libcare-ctl unpatch -p "$lc_pid" -i cve-2023-7104 >"$work/unpatch.log" 2>&1 || { cat "$work/unpatch.log" >&2; lc_fail "unpatch"; }
lc_wait_for "$out" "$(lc_size "$out")" "$old"
lc_alive "$lc_pid"

echo "patch: $funcs function(s): ${names:-?}"
echo "plain build: ${plain_time} s; original stage: ${orig_time} s; patched stage: ${patched_time} s" \
	"($(awk -v p="$patched_time" -v b="$plain_time" 'BEGIN { printf "%.2f", p / b }') x the plain build);" \
	"making the patch: ${make_time} s"
echo "PASS: sqlite-patch (libsqlite3.so.0 patched with CVE-2023-7104's fix in a running process, and unpatched)"
