#!/usr/bin/env bash
# A library's own symbols that the program may take over: libinterp.so
# reads counter_limit and lib_log and calls lib_release through its GOT
# (GLOB_DAT, JUMP_SLOT), and the program copies both variables (COPY
# relocations), assigns them after start and defines its own lib_release,
# which counts its calls.  The patched report() must see the program's
# values and call the program's lib_release exactly as the original did:
# the patch reads libinterp.so's GOT slots and calls its PLT entries.
# Built by hand (LIBCARE_CHAIN strip or build) or through the plugin with
# libcare-patch-make (LIBCARE_FLAVOR=kpmake); the program -no-pie and PIE.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
flavor=${LIBCARE_FLAVOR:-manual}
tag=$flavor
[ "$flavor" = kpmake ] || tag=${LIBCARE_CHAIN:-strip}
work=${LIBCARE_WORK:-$(mktemp -d)}/interpose-$tag
rm -rf "$work"
mkdir -p "$work"

# the library built plainly by make, its patch by libcare-patch-make
build_kpmake() {
	mkdir -p "$work/a" "$work/b" "$work/project"
	cp "$src/interp.orig.c" "$work/a/interp.c"
	cp "$src/interp.patched.c" "$work/b/interp.c"
	cp "$src/interp.orig.c" "$work/project/interp.c"
	cat >"$work/project/Makefile" <<'MK'
libinterp.so: interp.c
	$(CC) -O2 -fPIC -shared -o libinterp.so interp.c
install: libinterp.so
	mkdir -p $(DESTDIR)/lib
	cp libinterp.so $(DESTDIR)/lib/libinterp.so
clean:
	rm -f libinterp.so
MK
	(
		cd "$work"
		diff -u a/interp.c b/interp.c >fix.patch || true
		make -s -C project >/dev/null
		cp project/libinterp.so libinterp.so
		cd project
		libcare-patch-make --clean -i 0001 ../fix.patch >../kpmake.log 2>&1 ||
			{ cat ../kpmake.log >&2; exit 1; }
		cp "patchroot/$(lc_build_id ../libinterp.so).kpatch" ../libinterp.kpatch
	) || lc_fail "building the patch through libcare-patch-make"
}

if [ "$flavor" = kpmake ]; then
	build_kpmake
else
	lc_build_lib_patch "$src" "$work" interp 0001 1 "-O2"
fi

# What the patch says: loads of ORIG's GOT slots, calls to its PLT entries,
# never the library's own definitions.
lib=$work/libinterp.so
tail -c +625 "$work/libinterp.kpatch" >"$work/image.o"
readelf -rW "$work/image.o" >"$work/relocs"
readelf -sW "$work/image.o" >"$work/syms"
objdump -dr -j .kpatch.text "$work/image.o" >"$work/dis"
value() {
	awk -v n="$1" '$8 == n { print $2 }' "$work/syms"
}
for var in counter_limit lib_log; do
	slot=$(readelf -rW "$lib" | awk -v v="$var" '$3 == "R_X86_64_GLOB_DAT" && $5 == v { print $1 }')
	[ -n "$slot" ] || lc_fail "libinterp.so reads $var without a GLOB_DAT slot"
	[ "$(value "__kpatch_got.$var")" = "$slot" ] ||
		{ cat "$work/syms" >&2; lc_fail "__kpatch_got.$var is not libinterp.so's slot $slot"; }
	grep -B1 -E "R_X86_64_PC32[[:space:]]+__kpatch_got.$var-0x4" "$work/dis" | grep -q 'mov ' ||
		{ cat "$work/dis" >&2; lc_fail "$var is not loaded from the GOT slot"; }
done
for fn in lib_alloc lib_release; do
	entry=$(objdump -d "$lib" | awk -v f="<$fn@plt>:" '$2 == f { print $1 }')
	[ -n "$entry" ] || lc_fail "libinterp.so has no PLT entry for $fn"
	[ "$(value "__kpatch_plt.$fn")" = "$entry" ] ||
		{ cat "$work/syms" >&2; lc_fail "__kpatch_plt.$fn is not libinterp.so's $fn@plt at $entry"; }
	grep -B1 -E "R_X86_64_PC32[[:space:]]+__kpatch_plt.$fn-0x4" "$work/dis" | grep -q 'call ' ||
		{ cat "$work/dis" >&2; lc_fail "$fn is not called through the PLT entry"; }
done
if grep -E "R_X86_64_[A-Z0-9_]+[[:space:]]+[0-9a-f]+[[:space:]]+(counter_limit|lib_log|lib_alloc|lib_release)" \
		"$work/relocs"; then
	lc_fail "the patch refers to libinterp.so's own definitions"
fi

# wait_rounds FILE OFFSET WORD: three "WORD N limit 42" lines after
# OFFSET, each followed by "round N releases N"; any other limit, a
# release count that falls behind or the other word fails at once.
wait_rounds() {
	local file=$1 offset=$2 word=$3 i status
	for ((i = 0; i < 200; i++)); do
		status=0
		tail -c +"$((offset + 1))" "$file" | awk -v w="$word" '
			!seen && $1 != w { next }
			{ seen = 1 }
			($1 == "report" || $1 == "REPORT") && $3 == "limit" {
				if ($1 != w || $4 != 42) { print "wrong line: " $0; bad = 1; exit }
				r = $2; n++; next
			}
			$1 == "round" && r != "" {
				if ($2 != r || $4 != r) { print "wrong count: " $0 " after report " r; bad = 1; exit }
				done++; r = ""
			}
			END { if (bad) exit 1; exit done >= 3 ? 0 : 2 }' >"$work/check" || status=$?
		[ "$status" = 0 ] && return 0
		[ "$status" = 2 ] || { cat "$work/check" >&2; tail -n 8 "$file" >&2; lc_fail "after byte $offset of $file: $(cat "$work/check")"; }
		sleep 0.05
	done
	tail -n 8 "$file" >&2
	lc_fail "no three rounds of '$word' in $file"
}

for link in no-pie pie; do
	flags=-pie
	[ "$link" = pie ] || flags="-no-pie -fno-pie"
	gcc -O2 $flags -o "$work/prog-$link" "$src/main.c" -L"$work" -linterp -Wl,-rpath,"$work" ||
		lc_fail "linking the $link program"
	for var in counter_limit lib_log; do
		readelf -rW "$work/prog-$link" | grep -qE "R_X86_64_COPY .* $var \+ 0" ||
			lc_fail "the $link program does not copy $var; the scenario needs it"
	done
	out=$work/out-$link
	lc_start "$out" "$work/prog-$link"
	wait_rounds "$out" 0 report
	libcare-ctl patch -p "$lc_pid" "$work/libinterp.kpatch" >"$work/patch.log" 2>&1 ||
		{ cat "$work/patch.log" >&2; lc_fail "patching the $link program"; }
	mark=$(lc_size "$out")
	wait_rounds "$out" "$mark" REPORT
	lc_alive "$lc_pid"
	libcare-ctl unpatch -p "$lc_pid" >"$work/unpatch.log" 2>&1 ||
		{ cat "$work/unpatch.log" >&2; lc_fail "unpatching the $link program"; }
	mark=$(lc_size "$out")
	wait_rounds "$out" "$mark" report
	lc_alive "$lc_pid"
	last=$(grep '^round' "$out" | tail -n 1)
	echo "ok: $link program, patched and unpatched: $last"
done

# The doctor's side: the slot symbol moved onto the PLT entry (inside the
# library, but no GOT slot) or outside the library is refused, and the
# program goes on unpatched.
# set_symbol IN OUT NAME VALUE: the patch with symbol NAME's value changed, resealed
set_symbol() {
	python3 - "$1" "$2" "$3" "$4" <<'PY' || lc_fail "editing $3 in the patch"
import struct, sys
src, dst, name, value = sys.argv[1], sys.argv[2], sys.argv[3].encode(), int(sys.argv[4], 16)
d = bytearray(open(src, "rb").read())
base = d.find(b"\x7fELF")
shoff, = struct.unpack_from("<Q", d, base + 0x28)
shentsize, shnum = struct.unpack_from("<HH", d, base + 0x3a)
secs = [struct.unpack_from("<IIQQQQIIQQ", d, base + shoff + i * shentsize) for i in range(shnum)]
hits = 0
for s in secs:
    if s[1] != 2:
        continue
    strtab = base + secs[s[6]][4]
    for k in range(s[5] // 24):
        off = base + s[4] + k * 24
        st_name, = struct.unpack_from("<I", d, off)
        if d[strtab + st_name:].split(b"\0", 1)[0] == name:
            struct.pack_into("<Q", d, off + 8, value)
            hits += 1
open(dst, "wb").write(d)
sys.exit(hits != 1)
PY
	"$PROOF_MUTATE" --reseal "$2" "$2" || lc_fail "resealing the edited patch"
}
: "${PROOF_MUTATE:?PROOF_MUTATE must name the proof_mutate program}"
set_symbol "$work/libinterp.kpatch" "$work/on-plt.kpatch" __kpatch_got.counter_limit \
	"$(value __kpatch_plt.lib_release)"
set_symbol "$work/libinterp.kpatch" "$work/outside.kpatch" __kpatch_got.counter_limit 7f0000000000
mark=$(lc_size "$out")
for bad in on-plt:"not where" outside:"points outside"; do
	status=0
	libcare-ctl patch -p "$lc_pid" "$work/${bad%%:*}.kpatch" >"$work/bad.log" 2>&1 || status=$?
	lc_expect_refusal "$work/bad.log" "$status"
	grep -q "symbol '__kpatch_got.counter_limit' of the patch .*${bad#*:}" "$work/bad.log" ||
		{ cat "$work/bad.log" >&2; lc_fail "the ${bad%%:*} slot symbol was not refused as expected"; }
	echo "refused: $(cat "$work/bad.log")"
done
wait_rounds "$out" "$mark" report
lc_alive "$lc_pid"
echo "PASS: interpose ($tag)"
