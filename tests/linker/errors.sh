#!/bin/bash
# Error paths of kpatch_strip, kpatch_make and kpatch_build: each fails with one line in
# tool form naming the cause, a non-zero exit, and the file left as it was.
#
# errors.sh GENSRC STRIP MAKE TEST_DIR
GENSRC=$1 STRIP_TOOL=$2 MAKE_TOOL=$3 here=$4
. "$(dirname "$0")/lib.sh"

build_pair "$here/vars" "$WORK/good" "-O0 -fno-pie" "-no-pie" ""
make_patch "$WORK/good"
cd "$WORK"
id=$(build_id good/prog)

# ORIG without a symbol the patch names
mkdir renamed.d bigger.d
sed 's/global_count/other_count/g' "$here/vars/orig.c" >renamed.d/prog.c
gcc -O0 -fno-pie -no-pie -o renamed renamed.d/prog.c
"$STRIP_TOOL" --strip good/prog.patched s1
expect_error s1 "global_count renamed" "$STRIP_TOOL" --rel-fixup renamed s1

# ORIG whose .data has another size: the patch was built against another binary
sed 's/^int global_count = 1;/int global_count = 1;\nint padding[5] = { 1 };/' \
	"$here/vars/orig.c" >bigger.d/prog.c
gcc -O0 -fno-pie -no-pie -o bigger bigger.d/prog.c
expect_error s1 ".data bytes" "$STRIP_TOOL" --rel-fixup bigger s1

# a relocation type the doctor does not handle
gcc -O0 -fno-pie -S -o walk.s -x c "$here/walk/orig.c"
cp walk.s walk-bad.s
printf '\t.section .kpatch.data,"aw",@progbits\n\t.quad i_m_being_patched@GOTOFF\n' >>walk-bad.s
gcc -O0 -fno-pie -no-pie -o walk walk.s
gcc -O0 -fno-pie -no-pie -o walk-bad walk-bad.s -Wl,-q
"$STRIP_TOOL" --strip walk-bad s2
expect_error s2 "R_X86_64_GOTOFF64 i_m_being_patched" "$STRIP_TOOL" --rel-fixup walk s2

# no .kpatch sections at all
expect_error walk ".kpatch" "$STRIP_TOOL" --strip walk s3
[ ! -e s3 ] || fail "--strip left an output file behind"

# kpatch_make wants the ET_REL image
cp good/prog.kpatch out.kpatch
expect_error out.kpatch "ET_REL" "$MAKE_TOOL" -b "$id" good/prog.patched -o out.kpatch
expect_error out.kpatch "not hexadecimal" "$MAKE_TOOL" -b xyz1 good/prog.stripped -o out.kpatch
expect_error out.kpatch "even" "$MAKE_TOOL" -b abc good/prog.stripped -o out.kpatch
expect_error out.kpatch "even" "$MAKE_TOOL" -b "$(printf 'ab%.0s' $(seq 32))" \
	good/prog.stripped -o out.kpatch
expect_error out.kpatch "patch id" "$MAKE_TOOL" -b "$id" -i "a b" good/prog.stripped -o out.kpatch
expect_error out.kpatch "need -b" "$MAKE_TOOL" good/prog.stripped -o out.kpatch

# truncated inputs
head -c 1000 good/prog.stripped >trunc
expect_error out.kpatch "trunc" "$MAKE_TOOL" -b "$id" trunc -o out.kpatch
expect_error trunc "trunc" "$STRIP_TOOL" --undo-link trunc
head -c 3000 good/prog.patched >trunc2
expect_error trunc2 "trunc2" "$STRIP_TOOL" --rel-fixup good/prog trunc2
expect_error out.kpatch "missing" "$MAKE_TOOL" -b "$id" missing -o out.kpatch

# --undo-link twice, --rel-fixup on what is not a linked binary
expect_error good/prog.stripped "already ET_REL" "$STRIP_TOOL" --undo-link good/prog.stripped

# the upper-case BuildID is stored lower-case; -n wins over the recorded name
"$MAKE_TOOL" -b "$(echo "$id" | tr a-f A-F)" -n other good/prog.stripped -o up.kpatch
[ "$(dd if=up.kpatch bs=1 skip=16 count=64 2>/dev/null | tr -d '\0')" = "$id" ] ||
	fail "BuildID not lower-cased"
[ "$(dd if=up.kpatch bs=1 skip=144 count=256 2>/dev/null | tr -d '\0')" = other ] ||
	fail "-n not used"
# kpatch_build: the same refusals, OUT untouched; usage errors exit 2
BUILD_TOOL=$(dirname "$STRIP_TOOL")/kpatch_build
expect_error out.kpatch "global_count renamed" "$BUILD_TOOL" renamed good/prog.patched -o out.kpatch
expect_error out.kpatch "R_X86_64_GOTOFF64" "$BUILD_TOOL" walk walk-bad -o out.kpatch
expect_error out.kpatch ".kpatch" "$BUILD_TOOL" walk walk -o out.kpatch
expect_error out.kpatch "trunc2" "$BUILD_TOOL" good/prog trunc2 -o out.kpatch
expect_error out.kpatch "not hexadecimal" "$BUILD_TOOL" -b xyz1 good/prog good/prog.patched \
	-o out.kpatch
gcc -O0 -fno-pie -no-pie -Wl,--build-id=none -o noid walk.s
expect_error out.kpatch "BuildID -b" "$BUILD_TOOL" noid walk-bad -o out.kpatch
for args in "good/prog good/prog.patched" "-o out.kpatch good/prog" "-x good/prog good/prog.patched -o out.kpatch" \
	"-l x good/prog good/prog.patched -o out.kpatch"; do
	set +e
	"$BUILD_TOOL" $args >/dev/null 2>&1
	rc=$?
	set -e
	[ $rc = 2 ] || fail "kpatch_build $args: exit $rc, want 2"
done
"$BUILD_TOOL" --help | grep -q "usage: kpatch_build" || fail "kpatch_build --help"
[ ! -e noid.kpatch ] && [ "$(ls "$WORK" | grep -c '^\.out\.kpatch')" = 0 ] ||
	fail "kpatch_build left a file behind"
echo "ok: errors"
