#!/usr/bin/env bash
# A library built the way glibc is (src/: an IFUNC called through the
# library's own PLT and by address, glc_message@GLC_1 and @@GLC_2 on two
# bodies, glc_level@GLC_1 and @@GLC_2 on one, a hidden __GI_ alias under
# an exported and a weak name, a hidden global, two
# initial-exec TLS variables, another library's const struct read through
# the GOT, -fstack-protector-strong and -fno-stack-protector units, an
# assembly source), patched through libcare-patch-make (the plugin, as
# libcare-pkgbuild builds glibc; LIBCARE_CHAIN=manual: kpatch_gensrc and
# kpatch_build by hand) in two running programs whose IFUNC chose
# different implementations.  Each must show the fix through the
# implementation it chose, under both versions and all three names, and the
# unpatch must bring the old output back.  A fix that changes the assembly
# source is refused in one line naming it.
. "$(dirname "$0")/../lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/glibclike-${LIBCARE_CHAIN:-kpmake}
rm -rf "$work"
mkdir -p "$work/a" "$work/b"
cp -r "$here/src" "$work/project"
cp "$here/src/msg.c" "$here/src/count.c" "$work/a/"
cp "$here/fix/msg.c" "$here/fix/count.c" "$work/b/"
cd "$work"
diff -u a/msg.c b/msg.c >fix.patch || true
diff -u a/count.c b/count.c >>fix.patch || true
sed 's/leal	(%rdi,%rsi,2)/leal	(%rsi,%rdi,2)/' project/sum.S >sum.new
diff -u project/sum.S sum.new | sed '1s|project/sum.S|a/sum.S|; 2s|sum.new|b/sum.S|' >asm.patch || true
cat fix.patch asm.patch >both.patch

cd project
make -s >"$work/plain.log" 2>&1 || { cat "$work/plain.log" >&2; lc_fail "plain build"; }
mkdir "$work/run"
cp libglc.so libglro.so "$work/run/"
gcc -O2 -o "$work/run/prog" main.c -L. -lglc -lglro || lc_fail "building the program"
make -s clean

# The plugin's chain: libcare-patch-make on the project's Makefile.
kpmake_patch() { # FIX.patch LOG: sets patch
	libcare-patch-make --clean -i 0001 "$1" >"$2" 2>&1 || return
	cmp -s libglc.so "$work/run/libglc.so" ||
		lc_fail "the original stage's libglc.so differs from the plain build's"
	patch=$PWD/patchroot/$(lc_build_id libglc.so).kpatch
	[ -f "$patch" ] || lc_fail "no patch for the plain libglc.so: $(ls patchroot)"
}

# The manual chain: kpatch_gensrc per unit (the -g DWARF path), the .S
# assembled as it is, kpatch_build.
manual_patch() { # FIX.patch LOG: sets patch
	local u flags d=$work/manual
	rm -rf "$d"
	cp -r "$here/src" "$d"
	(
		set -e
		cd "$d"
		make -s libglro.so
		for u in ifunc msg count state; do
			flags="-O2 -g -fPIC -ftls-model=initial-exec -fstack-protector-strong"
			[ $u != count ] || flags="$flags -fno-stack-protector"
			gcc $flags -S $u.c -o $u.orig.s
		done
		patch -s -p1 <"$1"
		for u in ifunc msg count state; do
			flags="-O2 -g -fPIC -ftls-model=initial-exec -fstack-protector-strong"
			[ $u != count ] || flags="$flags -fno-stack-protector"
			gcc $flags -S $u.c -o $u.patched.s
			kpatch_gensrc -i $u.orig.s -i $u.patched.s -o $u.merged.s
		done
		link="-O2 -g -fPIC -shared -Wl,--version-script=glc.map -L. -lglro"
		patch -s -R -p1 <"$1"
		gcc -o libglc.so ifunc.orig.s msg.orig.s count.orig.s state.orig.s sum.S $link
		patch -s -p1 <"$1"
		gcc -o libglc.patched.so ifunc.merged.s msg.merged.s count.merged.s state.merged.s \
			sum.S $link -Wl,-q
		kpatch_build -i 0001 libglc.so libglc.patched.so -o glc.kpatch
	) >"$2" 2>&1 || return
	patch=$d/glc.kpatch
	cp "$d/libglc.so" "$work/run/libglc.so"
}

chain=${LIBCARE_CHAIN:-kpmake}
# a fix that changes the assembly source: refused in one line naming it
status=0
${chain}_patch "$work/both.patch" "$work/asm.log" || status=$?
[ "$status" != 0 ] || lc_fail "a fix to sum.S was not refused"
if [ "$chain" = kpmake ]; then
	[ "$(grep -c 'error: .*sum\.S: the assembly source changed' "$work/asm.log")" = 1 ] ||
		{ cat "$work/asm.log" >&2; lc_fail "no one line refusing the change to sum.S"; }
	[ ! -e patchroot ] || [ -z "$(ls patchroot)" ] || lc_fail "a patch was written for the fix to sum.S"
	cmp -s sum.S "$here/src/sum.S" || lc_fail "sum.S was left patched"
else
	[ "$(grep -c "error: .*differs from .* in .text at 0x[0-9a-f]* ('glc_sum' of sum.S)" "$work/asm.log")" = 1 ] ||
		{ cat "$work/asm.log" >&2; lc_fail "no one line refusing the change to glc_sum in sum.S"; }
	[ ! -e "$work/manual/glc.kpatch" ] || lc_fail "a patch was written for the fix to sum.S"
fi
echo "refused: $(grep -m1 'error:' "$work/asm.log")"

${chain}_patch "$work/fix.patch" "$work/$chain.log" ||
	{ tail -20 "$work/$chain.log" >&2; lc_fail "building the patch ($chain)"; }

# lc_wait_lines OUT OFFSET LINE...: the lines of one loop turn, in order
lc_wait_lines() {
	local out=$1 mark=$2 line
	shift 2
	for line in "$@"; do
		lc_wait_for "$out" "$mark" "$line"
	done
}

declare -A pids
for impl in a b; do
	GLC_IMPL=$impl LD_LIBRARY_PATH=$work/run lc_start "$work/out.$impl" "$work/run/prog"
	pids[$impl]=$lc_pid
done
check() {
	local impl=$1 mark=$2 state=$3 up=cat
	[ "$impl" = a ] || up="tr a-z A-Z"
	if [ "$state" = patched ]; then
		lc_wait_lines "$work/out.$impl" "$mark" "v2 $(echo 'new4:hello, worl' | $up)" \
			"abort $(echo 'new4:hello, worl' | $up)" "v1 4 $(echo 'new4:hi' | $up)" \
			"count 1 1 1" "tls 7" "level 4 4" "sum 8"
	else
		lc_wait_lines "$work/out.$impl" "$mark" "v2 $(echo 'old:hello, world of patches' | $up)" \
			"abort $(echo 'old:hello, world of patches' | $up)" "v1 3 $(echo 'old:hi' | $up)" \
			"count 0 0 0" "tls -1" "level 3 3" "sum 8"
	fi
}
for impl in a b; do
	check $impl 0 original
done

# A patch as kpatch_strip made it before it knew IFUNCs: the call's symbol
# an absolute IFUNC at the resolver.  The doctor refuses it in one line,
# the patient untouched.
if [ "$chain" = manual ]; then
	tail -c +625 "$patch" >"$work/image.o"
	symtab=$(readelf -WS "$work/image.o" | awk '$2 == ".symtab" { print $5 }')
	idx=$(readelf -Ws "$work/image.o" | awk '$8 == "__kpatch_plt.__glc_copy" { sub(":", "", $1); print $1 }')
	[ -n "$symtab" ] && [ -n "$idx" ] || lc_fail "no __kpatch_plt.__glc_copy in the patch"
	# st_info, 4 bytes into the 24-byte Elf64_Sym: STB_GLOBAL, STT_GNU_IFUNC
	printf '\x1a' | dd of="$work/image.o" bs=1 seek=$((16#$symtab + idx * 24 + 4)) conv=notrunc status=none
	kpatch_make -b "$(lc_build_id "$work/run/libglc.so")" -i 0002 "$work/image.o" -o "$work/old.kpatch" ||
		lc_fail "kpatch_make on the old-style image"
	status=0
	libcare-ctl patch -p "${pids[a]}" "$work/old.kpatch" >"$work/old.log" 2>&1 || status=$?
	[ "$status" = 2 ] && [ "$(wc -l <"$work/old.log")" = 1 ] &&
		grep -q "'__kpatch_plt.__glc_copy' is an IFUNC of libglc.so at its resolver" "$work/old.log" ||
		{ cat "$work/old.log" >&2; lc_fail "an IFUNC at its resolver was not refused in one line (exit $status)"; }
	check a "$(lc_size "$work/out.a")" original
fi
for impl in a b; do
	mark=$(lc_size "$work/out.$impl")
	libcare-ctl patch -p "${pids[$impl]}" "$patch" >"$work/patch.$impl.log" 2>&1 ||
		{ cat "$work/patch.$impl.log" >&2; lc_fail "libcare-ctl patch ($impl)"; }
	check $impl "$mark" patched
	lc_alive "${pids[$impl]}"
done
for impl in a b; do
	mark=$(lc_size "$work/out.$impl")
	libcare-ctl unpatch -p "${pids[$impl]}" -i 0001 >"$work/unpatch.$impl.log" 2>&1 ||
		{ cat "$work/unpatch.$impl.log" >&2; lc_fail "libcare-ctl unpatch ($impl)"; }
	check $impl "$mark" original
	lc_alive "${pids[$impl]}"
done
echo "PASS: glibclike ($chain): IFUNC A and B, GLC_1 and GLC_2, __GI_ alias, TLS, GOT import patched and unpatched"
