#!/usr/bin/env bash
# run.sh CASE: libcare-ctl run starts a program with its patches applied
# before main, passes arguments and exit status through, and on a bad
# patch leaves no program behind.
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
case=$1
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/run-$case
rm -rf "$work"
mkdir -p "$work/patches"

# lc_run EXPECTED_STATUS ARGS...: libcare-ctl run, output in $work/out and
# $work/err; fails unless it exits with EXPECTED_STATUS.
lc_run() {
	local want=$1 status=0
	shift
	timeout 30 libcare-ctl run "$@" >"$work/out" 2>"$work/err" || status=$?
	[ "$status" = "$want" ] || {
		cat "$work/out" "$work/err" >&2
		lc_fail "libcare-ctl run $* exited with $status, not $want"
	}
}

# expect_out TEXT: the program printed exactly TEXT.
expect_out() {
	[ "$(cat "$work/out")" = "$1" ] ||
		{ cat "$work/out" >&2; lc_fail "unexpected output (above) instead of: $1"; }
}

# no_stray PATH: no process runs PATH any more.
no_stray() {
	local pid
	for pid in $(pgrep -f "$1" || true); do
		[ "$pid" = $$ ] || lc_fail "a process of $1 was left behind: $(ps -o pid,stat,args -p "$pid")"
	done
}

prog_patch() {
	lc_build_patch "$here/prog" "$work" "$1" "$2"
	cp "$work/prog.kpatch" "$work/patches/$(lc_build_id "$work/prog").kpatch"
}

case $case in
prog-O0 | prog-O2 | prog-O2-nopie)
	case $case in
	prog-O0) prog_patch "-O0" "" ;;
	prog-O2) prog_patch "-O2" "" ;;
	prog-O2-nopie) prog_patch "-O2 -fno-pie" "-no-pie" ;;
	esac
	lc_run 11 -d "$work/patches" -- "$work/prog"
	expect_out "$(printf 'early=2\ncompute=42')"
	[ ! -s "$work/err" ] || { cat "$work/err" >&2; lc_fail "run printed on stderr"; }
	# and the same program without run is the buggy one
	"$work/prog" >"$work/plain" || true
	[ "$(head -1 "$work/plain")" = early=1 ] || lc_fail "the unpatched program is not the buggy one"
	;;
args)
	prog_patch "-O2" ""
	lc_run 13 -d "$work/patches" -- "$work/prog" "a b" -x
	expect_out "$(printf 'early=2\ncompute=42\narg1=a b\narg2=-x')"
	lc_run 134 -d "$work/patches" "$work/prog" abort
	expect_out "$(printf 'early=2\ncompute=42\narg1=abort')"
	# LIBCARE_PATCH_DIR stands for -d
	status=0
	LIBCARE_PATCH_DIR=$work/patches timeout 30 libcare-ctl run "$work/prog" >"$work/out" 2>&1 || status=$?
	[ "$status" = 11 ] || lc_fail "with LIBCARE_PATCH_DIR: status $status"
	expect_out "$(printf 'early=2\ncompute=42')"
	# no directory at all is a usage error
	status=0
	env -u LIBCARE_PATCH_DIR libcare-ctl run "$work/prog" >"$work/out" 2>"$work/err" || status=$?
	[ "$status" = 1 ] || lc_fail "run without a patch directory: status $status, not 1"
	[ ! -s "$work/out" ] || lc_fail "run without a patch directory ran the program"
	# a program that does not exist: the shell's 127, one line
	lc_run 127 -d "$work/patches" -- "$work/no-such-program"
	lc_expect_refusal "$work/err" 127
	;;
nomatch)
	prog_patch "-O2" ""
	mkdir "$work/other"
	kpatch_make -b "$(lc_build_id /bin/true)" -i 0001 "$work/prog.stripped" \
		-o "$work/other/$(lc_build_id /bin/true).kpatch"
	lc_run 11 -d "$work/other" -- "$work/prog"
	expect_out "$(printf 'early=1\ncompute=41')"
	grep -q "warning: .*runs unpatched" "$work/err" || { cat "$work/err" >&2; lc_fail "no warning"; }
	[ "$(wc -l <"$work/err")" = 1 ] || { cat "$work/err" >&2; lc_fail "more than one line on stderr"; }
	;;
levels)
	prog_patch "-O2" ""
	id=$(lc_build_id "$work/prog")
	rm "$work/patches/$id.kpatch"
	mkdir -p "$work/patches/$id/1" "$work/patches/$id/2"
	# level 1 is the patch; level 2 is garbage that "latest" does not name
	cp "$work/prog.kpatch" "$work/patches/$id/1/kpatch.bin"
	head -c 100 /dev/urandom >"$work/patches/$id/2/kpatch.bin"
	ln -s 1 "$work/patches/$id/latest"
	lc_run 11 -d "$work/patches" -- "$work/prog"
	expect_out "$(printf 'early=2\ncompute=42')"
	;;
root)
	# the patch root of installed patch packages: one directory each, beside
	# patches kept at the top in either layout
	prog_patch "-O2" ""
	id=$(lc_build_id "$work/prog")
	mkdir -p "$work/root/libcare-patch-prog-0001" "$work/root/libcare-patch-true-0001" \
		"$work/root/$(lc_build_id /bin/true)/1"
	mv "$work/patches/$id.kpatch" "$work/root/libcare-patch-prog-0001/$id.kpatch"
	kpatch_make -b "$(lc_build_id /bin/true)" -i 0009 "$work/prog.stripped" \
		-o "$work/root/$(lc_build_id /bin/true)/1/kpatch.bin"
	cp "$work/root/$(lc_build_id /bin/true)/1/kpatch.bin" \
		"$work/root/libcare-patch-true-0001/$(lc_build_id /bin/true).kpatch"
	lc_run 11 -d "$work/root" -- "$work/prog"
	expect_out "$(printf 'early=2\ncompute=42')"
	[ ! -s "$work/err" ] || { cat "$work/err" >&2; lc_fail "run printed on stderr"; }
	# a bad file in one package's directory is a bad patch root
	head -c 100 /dev/urandom >"$work/root/libcare-patch-true-0001/$(lc_build_id /bin/true).kpatch"
	lc_run 2 -d "$work/root" -- "$work/prog"
	lc_expect_refusal "$work/err" 2
	;;
lib)
	(
		cd "$work"
		cp "$here/lib/libcalc.c" libcalc.c
		gcc -O2 -fPIC -S libcalc.c -o orig.s
		cp "$here/lib/libcalc.patched.c" libcalc.c
		gcc -O2 -fPIC -S libcalc.c -o patched.s
		kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
		gcc -shared -fPIC -o libcalc.so orig.s
		gcc -shared -fPIC -o libcalc.patched merged.s -Wl,-q
		kpatch_strip --strip libcalc.patched libcalc.stripped
		kpatch_strip --rel-fixup libcalc.so libcalc.stripped
		strip --strip-unneeded libcalc.stripped
		kpatch_strip --undo-link libcalc.so libcalc.stripped
		id=$(lc_build_id libcalc.so)
		kpatch_make -b "$id" -i 0001 libcalc.stripped -o "patches/$id.kpatch"
		gcc -O2 -o prog "$here/lib/main.c" -L. -lcalc -Wl,-rpath,"$work"
	) || lc_fail "building the library patch"
	lc_run 0 -d "$work/patches" -- "$work/prog"
	expect_out "lib_compute=42"
	;;
badpatch)
	prog_patch "-O2" ""
	head -c 100 "$work/prog.kpatch" >"$work/patches/$(lc_build_id "$work/prog").kpatch"
	lc_run 2 -d "$work/patches" -- "$work/prog"
	lc_expect_refusal "$work/err" 2
	[ ! -s "$work/out" ] || lc_fail "the program ran: $(cat "$work/out")"
	no_stray "$work/prog"
	;;
missing-symbol)
	# the patch needs a function the program does not have: found only
	# once the program is mapped, so the started program must be killed
	gcc -shared -fPIC -o "$work/libextra.so" "$here/missing/extra.c"
	lc_build_patch "$here/missing" "$work" "-O2" "" "-L$work -lextra -Wl,-rpath,$work"
	cp "$work/prog.kpatch" "$work/patches/$(lc_build_id "$work/prog").kpatch"
	lc_run 7 -d "$work/patches" -- "$work/prog"
	lc_expect_refusal "$work/err" 7
	grep -q extra_func "$work/err" || lc_fail "the error does not name extra_func: $(cat "$work/err")"
	[ ! -s "$work/out" ] || lc_fail "the program ran: $(cat "$work/out")"
	no_stray "$work/prog"
	;;
*)
	lc_fail "unknown case $case" ;;
esac
echo "PASS: run $case"
