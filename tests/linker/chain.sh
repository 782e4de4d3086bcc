#!/bin/bash
# The whole post-link chain on one program pair, checked with readelf, nm
# and objdump against what docs/internals.md sections 3-5 promise: the
# manual chain with GNU strip in the middle and without it, and
# kpatch_build, whose patch must be byte-identical to the one without.
#
# chain.sh GENSRC STRIP MAKE SRC_DIR "CFLAGS" "LDFLAGS" "GENSRC_FLAGS" \
#          "MUST_BE_ABS" [LEA_SYMBOL]
# MUST_BE_ABS: symbols that must come out SHN_ABS at ORIG's address;
# LEA_SYMBOL: a symbol whose GOT load the linker leaves alone, which must
# come out as "lea sym(%rip)".
GENSRC=$1 STRIP_TOOL=$2 MAKE_TOOL=$3
src=$4 cflags=$5 ldflags=$6 gflags=$7 must_abs=$8 lea=${9:-}
. "$(dirname "$0")/lib.sh"

BUILD_TOOL=$(dirname "$STRIP_TOOL")/kpatch_build

build_pair "$src" "$WORK" "$cflags" "$ldflags" "$gflags"
cd "$WORK"

# check_patch DIR: the checks below on DIR/prog.stripped and DIR/prog.kpatch.
check_patch() (
cd "$1"
out=prog.stripped

readelf -hW $out | grep -q 'Type: *REL ' || fail "not ET_REL"
readelf -hW $out | grep -q 'Number of program headers: *0$' || fail "program headers left"

readelf -SW $out | awk '/^ *\[ *[0-9]+\]/ && !/\[ *0\]/ {
	sub(/^ *\[ *[0-9]+\] */, "")
	if ($3 !~ /^0+$/) { print "section " $1 " at " $3; bad = 1 }
} END { exit bad }' || fail "section addresses are not 0"

# relocation types, and that strip kept every symbol they name
readelf -rW $out | awk '
/^Relocation section/ { kp = ($3 ~ /\.rela\.kpatch\./); next }
kp && /^[0-9a-f]+ / {
	if ($3 !~ /^R_X86_64_(64|PC32|32|32S|PC64|GOTPCREL|GOTPCRELX|REX_GOTPCRELX|TPOFF32)$/) {
		print "relocation type " $3; bad = 1
	}
	if (NF < 7) { print "relocation at " $1 " names no symbol"; bad = 1 }
	n++
}
END { if (!n) { print "no relocations"; bad = 1 } exit bad }' || fail "relocations"

# every absolute symbol holds ORIG's address
nm prog >nm.orig
readelf -SW prog | awk '/^ *\[ *[0-9]+\]/ { sub(/^ *\[ *[0-9]+\] */, ""); print $1, $3 }' >sections.orig
readelf -sW $out | awk '$7 == "ABS" { print $8, $2 }' >abs.patch
while read -r name value; do
	case $name in
	.*) want=$(awk -v n="$name" '$1 == n { print $2 }' sections.orig) ;;
	*) want=$(awk -v n="$name" '$3 == n { print $1 }' nm.orig | grep -x "$value" || true) ;;
	esac
	[ "$want" = "$value" ] || fail "ABS symbol $name is $value, ORIG has '${want:-nothing}'"
done <abs.patch
for name in $must_abs; do
	grep -q "^$name " abs.patch || fail "$name is not an absolute symbol"
done

if [ -n "$lea" ]; then
	objdump -dr -j .kpatch.text $out >dis
	awk -v s="$lea" '/R_X86_64_PC32/ && index($0, "\t" s "-") { found = 1; if (prev !~ /lea /) { print prev; bad = 1 } }
		/^ +[0-9a-f]+:\t/ { prev = $0 }
		END { exit bad || !found }' dis || fail "the GOT load of $lea is not a lea"
fi

# the header, then the ELF image unchanged
hdr=624
[ "$(head -c 8 prog.kpatch)" = LCKPATCH ] || fail "magic"
field() { od -An -t"$1" -j"$2" -N"$3" prog.kpatch | tr -d ' '; }
str() { dd if=prog.kpatch bs=1 skip="$1" count="$2" 2>/dev/null | tr -d '\0'; }
[ "$(field u4 8 4)" = 2 ] || fail "version"
[ "$(field u4 12 4)" = $hdr ] || fail "header size"
[ "$(str 16 64)" = "$(build_id prog)" ] || fail "build id"
[ "$(str 80 64)" = 0001 ] || fail "patch id"
[ "$(str 144 256)" = prog ] || fail "object name '$(str 144 256)'"
[ "$(field u4 400 4)" = 3 ] || fail "patchlevel"
[ "$(field u8 408 8)" = $hdr ] || fail "elf offset"
[ "$(field u8 416 8)" = "$(stat -c %s $out)" ] || fail "elf size"
tail -c +$((hdr + 1)) prog.kpatch | cmp -s - $out || fail "ELF image differs"
)

for chain in strip nostrip; do
	mkdir $chain
	cp prog prog.patched $chain/
	make_patch "$WORK/$chain" $chain
	check_patch $chain || fail "the chain with$([ $chain = strip ] || echo out) GNU strip"
done

# kpatch_build: ORIG's BuildID by default, the manual chain's patch byte for byte
"$BUILD_TOOL" -i 0001 -l 3 prog prog.patched -o built.kpatch || fail "kpatch_build"
cmp built.kpatch nostrip/prog.kpatch || fail "kpatch_build differs from the chain without strip"
"$BUILD_TOOL" -b "$(build_id prog | tr a-f A-F)" -i 0001 -l 3 -n prog prog nostrip/prog.patched \
	-o built2.kpatch || fail "kpatch_build -b -n"
cmp built2.kpatch built.kpatch || fail "kpatch_build -b -n differs"
echo "ok: $(basename "$src") $cflags $ldflags $gflags"
