#!/usr/bin/env bash
# run.sh KIND ACTION [TRIALS]: the stack check where unwinding cannot see.
# A worker thread is held inside target() (KIND "altstack": by a handler
# without unwind information on an alternate signal stack, in .bss, in a
# guarded mmap, and a handler in C without unwind tables, a third of the
# trials each; "deep": over
# the scan limit below code without unwind information) while
# libcare-ctl ACTION (patch or unpatch) runs.  Each command refuses with
# exit 6 naming what holds the thread, or succeeds; the patient must never
# die, and the same command succeeds once the thread is let go.
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
kind=$1 action=$2 trials=${3:-30}
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/stacks-$kind-$action
rm -rf "$work"
mkdir -p "$work"
(
	cd "$work"
	cflags="-O2 -pthread"
	cp "$src/orig.c" prog.c
	gcc $cflags -S prog.c -o orig.s
	cp "$src/patched.c" prog.c
	gcc $cflags -S prog.c -o patched.s
	kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
	gcc -O2 -fomit-frame-pointer -fno-asynchronous-unwind-tables -fno-unwind-tables \
		-c "$src/handler_c.c" -o handler_c.o
	! readelf -S handler_c.o | grep -q eh_frame || { echo "handler_c.o has unwind tables"; exit 1; }
	gcc $cflags -o prog orig.s "$src/handler.S" handler_c.o
	gcc $cflags -o prog.patched merged.s "$src/handler.S" handler_c.o -Wl,-q
	kpatch_build -i 0001 prog prog.patched -o prog.kpatch
) >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; lc_fail "building the patient and its patch"; }

expect_ok() {
	local status=0
	libcare-ctl "$@" 2>"$work/err" >/dev/null || status=$?
	[ "$status" = 0 ] || lc_fail "libcare-ctl $* with the thread let go: exit $status: $(cat "$work/err")"
}

# wait_value V: the worker (alive) computes with the old (1) or new (2) code.
wait_value() {
	local mark
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "value $1"
}

refused=0 passed=0
: >"$work/names"
for ((trial = 0; trial < trials; trial++)); do
	case $kind in
	altstack) subs=(bss guard cbss) sub=${subs[$((trial * 3 / trials))]} ;;
	*) sub=$kind ;;
	esac
	if [ "$trial" = 0 ] || [ "$sub" != "$prev_sub" ]; then
		if [ -n "${lc_pid:-}" ]; then
			kill -9 "$lc_pid" 2>/dev/null || true
			wait "$lc_pid" 2>/dev/null || true
		fi
		out=$work/out-$trial
		: >"$out"
		lc_start "$out" "$work/prog" "$sub"
		lc_wait_for "$out" 0 "value 1"
	fi
	prev_sub=$sub
	[ "$action" = patch ] || { expect_ok patch -p "$lc_pid" "$work/prog.kpatch"; wait_value 2; }
	mark=$(lc_size "$out")
	kill -USR1 "$lc_pid"
	lc_wait_for "$out" "$mark" held
	status=0
	if [ "$action" = patch ]; then
		what=("$work/prog.kpatch")
	else
		what=(-i 0001)
	fi
	libcare-ctl "$action" -t 200 -p "$lc_pid" "${what[@]}" 2>"$work/err" >/dev/null || status=$?
	kill -USR2 "$lc_pid" 2>/dev/null || true
	sleep 0.1
	lc_alive "$lc_pid"
	case $status in
	0) passed=$((passed + 1)) ;;
	6)
		lc_expect_refusal "$work/err" "$status"
		grep -qE "target|cannot be walked" "$work/err" ||
			lc_fail "the refusal names neither target() nor the stack: $(cat "$work/err")"
		refused=$((refused + 1))
		echo "$sub: $(sed 's/.*stayed //' "$work/err")" >>"$work/names"
		if [ "$action" = patch ]; then
			expect_ok patch -p "$lc_pid" "$work/prog.kpatch"
		else
			expect_ok unpatch -p "$lc_pid" -i 0001
		fi
		;;
	*) lc_fail "trial $trial ($sub): libcare-ctl $action exited $status: $(cat "$work/err")" ;;
	esac
	# the worker runs on, with the code the command left
	if [ "$action" = patch ]; then
		wait_value 2
		expect_ok unpatch -p "$lc_pid" -i 0001
	fi
	wait_value 1
	lc_alive "$lc_pid"
done
# with the worker held all the time, a success would be a missed frame
[ "$passed" = 0 ] || lc_fail "$passed of $trials commands succeeded with the thread held"
echo "PASS: stacks $kind $action: $trials trials, $refused refused, 0 deaths; refusals:"
sort "$work/names" | uniq -c
