#!/bin/sh
# check-assembly.sh KPATCH_GENSRC DIR NAME: compile DIR/NAME.orig.c and
# DIR/NAME.patched.c (.cc: with g++) with each set of flags below, merge them, and check
# that the merged assembly assembles, that every allocated section of the
# original object (bytes and relocations) is unchanged in the merged one,
# and that .kpatch.strtab names exactly the functions listed in NAME.funcs.
set -u
gensrc=$1 dir=$2 name=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gflags=$(cat "$dir/$name.gensrc-flags" 2>/dev/null || true)
expected=$(tr ' ' '\n' <"$dir/$name.funcs" | grep . | sort | tr '\n' ' ')
ext=c cc=gcc
if [ -f "$dir/$name.orig.cc" ]; then
	ext=cc cc=g++
fi
failures=0

fail() {
	echo "FAIL $name [$flags]: $*"
	failures=$((failures + 1))
}

# allocated sections an original object can have, by name
original_sections() {
	readelf -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] \([^ ]*\) .*/\1/p' |
		grep -E '^\.(text|rodata|data|bss|tdata|tbss)' | grep -v '^\.kpatch'
}

# field N (1: name, 2: type, ... 5: size) of section $2 in object $1
section_field() {
	readelf -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' | awk -v s="$2" -v n="$3" '$1 == s { print $n }'
}

# the indices of the sections named $2 in object $1
section_indices() {
	readelf -SW "$1" | sed -n 's/^ *\[ *\([0-9]*\)\] \([^ ]*\) .*/\1 \2/p' | awk -v s="$2" '$2 == s { print $1 }'
}

section_dump() {
	# bytes (nobits sections have none: their size stands in) and relocations
	if [ "$(section_field "$1" "$2" 2)" = NOBITS ]; then
		section_field "$1" "$2" 5
	else
		objcopy -O binary --only-section="$2" "$1" "$work/bytes" && od -An -tx1 "$work/bytes"
	fi
	objdump -r -j "$2" "$1" 2>/dev/null | sed -n '/^[0-9a-f]/p'
}

check_flags() {
	w="$work/$(echo "$flags" | tr -c 'A-Za-z0-9\n' _)"
	mkdir -p "$w"
	for v in orig patched; do
		cp "$dir/$name.$v.$ext" "$w/$name.$ext"
		(cd "$w" && $cc $flags -S "$name.$ext" -o "$v.s") || { fail "$cc failed"; return; }
	done
	if ! "$gensrc" $gflags -i "$w/orig.s" -i "$w/patched.s" -o "$w/merged.s"; then
		fail "kpatch_gensrc failed"
		return
	fi
	as "$w/orig.s" -o "$w/orig.o" || { fail "original does not assemble"; return; }
	as "$w/merged.s" -o "$w/merged.o" || { fail "merged assembly does not assemble"; return; }
	for sec in $(original_sections "$w/orig.o"); do
		section_dump "$w/orig.o" "$sec" >"$w/a"
		section_dump "$w/merged.o" "$sec" >"$w/b"
		cmp -s "$w/a" "$w/b" || fail "section $sec differs from the original's"
	done
	# several sections of one name when COMDAT code is patched (a group each)
	got=$(for i in $(section_indices "$w/merged.o" .kpatch.strtab); do
		readelf -p "$i" "$w/merged.o"
	done | sed -n 's/^ *\[ *[0-9a-f]*\] *//p' | sort | tr '\n' ' ')
	[ "$got" = "$expected" ] || fail "patched functions: got '$got', expected '$expected'"
	info=0
	for i in $(section_indices "$w/merged.o" .kpatch.info); do
		info=$((info + 0x$(readelf -SW "$w/merged.o" | sed -n "s/^ *\[ *$i\] //p" | awk '{ print $5 }')))
	done
	info=$(printf %x $info)
	n=$(echo "$expected" | wc -w)
	[ "$((0x${info:-0}))" -eq $((n * 48)) ] || fail ".kpatch.info holds ${info:-no} bytes for $n functions"
}

for flags in "-O0" "-O2" "-O2 -g" "-O0 -g" "-O2 -fPIE" "-O2 -fno-pie" "-O2 -fPIC" \
	     "-O2 -ffunction-sections -fdata-sections" "-O2 -g -ffunction-sections -fno-pie"; do
	check_flags
done
[ $failures -eq 0 ] || exit 1
echo "ok $name"
