#!/usr/bin/env bash
# sqlite 3.40.1 from Debian's source, its amalgamation generated as Debian
# builds it (tclsh) and compiled with Debian's flags.  The original is the
# source with CVE-2025-6965's fix reversed; the fix widens members of
# struct AggInfo and struct AggInfo_col, which live in prepared statements
# of a running process.  The plugin (through libcare-cc) refuses the
# patched unit naming both structs and their members, and so does
# kpatch_gensrc on the two -g assembly files; LIBCARE_LAYOUT_OK lets it
# through.  No process is patched: this is a build-time refusal.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/../sqlite.sh"
src=$(distro_source sqlite3)
work=$LIBCARE_WORK/sqlite-layout
rm -rf "$work"
mkdir -p "$work"
fix=debian/patches/42-CVE-2025-6965.patch
[ -f "$src/$fix" ] || lc_fail "this sqlite3 source has no $fix"

cp -a "$src" "$work/orig"
(cd "$work/orig" && patch -s -R -p1 <"$fix") || lc_fail "reversing $fix"
cp -a "$src" "$work/fixed"
sqlite_amalgamation "$work/orig"
sqlite_amalgamation "$work/fixed"

mkdir "$work/build"
cd "$work/build"
sqlite_flags
cflags=$sqlite_cflags
export KPATCH_STASH=$work/stash
# stage SOURCE_DIR STAGE: compiles that amalgamation as build/sqlite3.o
stage() {
	cp "$1/bld/sqlite3.c" sqlite3.c
	KPATCH_STAGE=$2 libcare-cc $cflags -c sqlite3.c -o sqlite3.o
}
stage "$work/orig" original 2>"$work/original.log" ||
	{ tail "$work/original.log" >&2; lc_fail "the original stage"; }

want=("struct AggInfo: member nSortingColumn changed type from int to unsigned int"
	"struct AggInfo_col: member iColumn changed type from short int to int; member iSorterColumn changed type from short int to int")
# refused LOG: LOG names both structs and their members
refused() {
	local w
	for w in "${want[@]}"; do
		grep -qF "$w" "$1" || { grep -v ': note: ' "$1" >&2; lc_fail "no '$w' in $1"; }
	done
}

if stage "$work/fixed" patched 2>"$work/patched.log"; then
	lc_fail "the plugin built CVE-2025-6965's fix"
fi
refused "$work/patched.log"
grep -q "sqlite3.c: error: libcare: struct AggInfo" "$work/patched.log" ||
	lc_fail "the refusal is not a compile error naming sqlite3.c"

# the manual pipeline: the same two -g assembly files, by kpatch_gensrc
asm=$work/stash$work/build/sqlite3.o
if kpatch_gensrc -i "$asm.original.s" -i "$asm.patched.s" -o merged.s 2>"$work/gensrc.log"; then
	lc_fail "kpatch_gensrc merged CVE-2025-6965's fix"
fi
refused "$work/gensrc.log"

# the override: both types named, the unit is merged
LIBCARE_LAYOUT_OK=AggInfo,AggInfo_col stage "$work/fixed" patched 2>"$work/allowed.log" ||
	{ grep -v ': note: ' "$work/allowed.log" >&2; lc_fail "the patched stage with LIBCARE_LAYOUT_OK"; }
readelf -S sqlite3.o | grep -q '\.kpatch\.text' || lc_fail "no .kpatch.text in the merged object"
echo "PASS: sqlite-layout (CVE-2025-6965 refused: ${want[0]}; ${want[1]})"
