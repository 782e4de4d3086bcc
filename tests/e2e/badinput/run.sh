#!/usr/bin/env bash
# Must hold 4: bad input gives one line of error naming the cause, a
# non-zero exit, and an untouched running patient.  run.sh CASE
. "$(dirname "$0")/../lib.sh"
lc_need_root
case=$1
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/badinput-$case
rm -rf "$work"
lc_build_patch "$here/../static_func" "$work" "-O2" ""
patch=$work/prog.kpatch
prog=$work/prog
expect_in_error=""

case $case in
wrong-buildid)
	kpatch_make -b "$(lc_build_id /bin/true)" -i 0001 "$work/prog.stripped" -o "$work/bad.kpatch"
	patch=$work/bad.kpatch expect_in_error="$(lc_build_id /bin/true)" ;;
truncated-header)
	head -c 40 "$work/prog.kpatch" >"$work/bad.kpatch"; patch=$work/bad.kpatch ;;
truncated-elf)
	head -c $(($(lc_size "$work/prog.kpatch") / 2)) "$work/prog.kpatch" >"$work/bad.kpatch"
	patch=$work/bad.kpatch ;;
garbage)
	head -c 4096 /dev/urandom >"$work/bad.kpatch"; patch=$work/bad.kpatch ;;
garbage-elf)
	# a valid header followed by a corrupted ELF image
	hdr=$(($(lc_size "$work/prog.kpatch") - $(lc_size "$work/prog.stripped")))
	{ head -c "$hdr" "$work/prog.kpatch"; head -c 64 "$work/prog.stripped";
	  head -c $(($(lc_size "$work/prog.stripped") - 64)) /dev/urandom; } >"$work/bad.kpatch"
	patch=$work/bad.kpatch ;;
missing-symbol)
	gcc -shared -fPIC -o "$work/libextra.so" "$here/missing/extra.c"
	lc_build_patch "$here/missing" "$work/missing" "-O2" "" "-L$work -lextra -Wl,-rpath,$work"
	patch=$work/missing/prog.kpatch prog=$work/missing/prog expect_in_error=extra_func ;;
no-such-pid)
	;;
inlined-into-main)
	# the documentation's foo.c at -O2: the changed function is inlined
	# into main, which never returns; the doctor must refuse, naming main
	lc_build_patch "$here/../docfoo" "$work/docfoo" "-O2" ""
	patch=$work/docfoo/prog.kpatch prog=$work/docfoo/prog expect_in_error=main ;;
exits)
	lc_build_patch "$here/../parked" "$work/parked" "-O2 -pthread" ""
	patch=$work/parked/prog.kpatch prog=$work/parked/prog ;;
no-permission)
	;;
*)
	lc_fail "unknown case $case" ;;
esac

out=$work/out
if [ "$case" = inlined-into-main ]; then
	lc_start "$out" "$prog"
	lc_wait_for "$out" 0 "i'm unpatched!"
	lc_snapshot "$lc_pid" "$work/before"
	status=0
	libcare-ctl patch -t 300 -p "$lc_pid" "$patch" 2>"$work/err" >/dev/null || status=$?
	lc_expect_refusal "$work/err" "$status"
	grep -q "'main'" "$work/err" || lc_fail "the refusal does not name main: $(cat "$work/err")"
	lc_snapshot "$lc_pid" "$work/after"
	cmp -s "$work/before" "$work/after" || lc_fail "the patient changed"
	lc_alive "$lc_pid"
	echo "PASS: $case ($(cat "$work/err"))"
	exit 0
fi
if [ "$case" = exits ]; then
	lc_start "$out" "$prog" 700
	lc_wait_for "$out" 0 "alive 1"
	status=0
	libcare-ctl patch -t 5000 -p "$lc_pid" "$patch" 2>"$work/err" >/dev/null || status=$?
	lc_expect_refusal "$work/err" "$status"
	echo "PASS: $case ($(cat "$work/err"))"
	exit 0
fi

lc_start "$out" "$prog"
lc_wait_for "$out" 0 "compute=41"
lc_snapshot "$lc_pid" "$work/before"
status=0
if [ "$case" = no-such-pid ]; then
	sleep 0 & gone=$!; wait $gone
	libcare-ctl patch -p "$gone" "$patch" 2>"$work/err" >/dev/null || status=$?
elif [ "$case" = no-permission ]; then
	id nobody >/dev/null || lc_fail "no user 'nobody' to run the doctor as"
	pub=$(mktemp -d); chmod 755 "$pub"; cp "$patch" "$pub/"; chmod 644 "$pub"/*
	setpriv --reuid=nobody --regid=nogroup --clear-groups \
		"$LIBCARE_BIN/libcare-ctl" patch -p "$lc_pid" "$pub/$(basename "$patch")" 2>"$work/err" >/dev/null || status=$?
	rm -rf "$pub"
else
	libcare-ctl patch -p "$lc_pid" "$patch" 2>"$work/err" >/dev/null || status=$?
fi
lc_expect_refusal "$work/err" "$status"
if [ -n "$expect_in_error" ]; then
	grep -q "$expect_in_error" "$work/err" || lc_fail "the error does not name $expect_in_error: $(cat "$work/err")"
fi
lc_alive "$lc_pid"
lc_snapshot "$lc_pid" "$work/after"
cmp -s "$work/before" "$work/after" || { diff "$work/before" "$work/after" | head >&2; lc_fail "the patient changed"; }
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "compute=41"
echo "PASS: $case ($(cat "$work/err"))"
