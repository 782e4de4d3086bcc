#!/usr/bin/env bash
# Hardened patients are never harmed (run.sh CASE): a seccomp filter that
# would kill, trap, fail or hand on the doctor's mmap makes it refuse in one
# line (exit 14) with the patient alive and printing; a filter the doctor's
# exact call does not match, MDWE and a non-dumpable patient patch fine.
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
case=$1
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/harden
bash "$here/build.sh" "$LIBCARE_BIN" "$here" "$work/build" || lc_fail "building the patient"
mkdir -p "$work/$case"
out=$work/$case/out err=$work/$case/err

case $case in
seccomp-kill-process|seccomp-kill-thread|seccomp-trap|seccomp-errno|seccomp-user-notif|\
seccomp-trace|seccomp-stacked|seccomp-leader-filter|seccomp-strict)
	mode=${case#seccomp-} expect=refused ;;
seccomp-ip|seccomp-args|seccomp-log|seccomp-none|seccomp-worker-filter)
	mode=${case#seccomp-} expect=patched ;;
mdwe|nondumpable)
	mode=$case expect=patched ;;
run-kill-process|run-wx-args)
	mode=${case#run-} run_early=1 expect=refused
	[ "$mode" = wx-args ] && expect=patched ;;
*)
	lc_fail "unknown case $case" ;;
esac

if [ "${run_early:-}" ]; then
	# `libcare-ctl run` with a filter armed by a preloaded library's
	# constructor, before the entry point where run patches
	pdir=$work/$case/patches
	mkdir -p "$pdir"
	cp "$work/build/prog.kpatch" "$pdir/$(lc_build_id "$work/build/prog").kpatch"
	status=0
	HARDEN_EARLY=$mode LD_PRELOAD=$work/build/libearly.so timeout 2 \
		libcare-ctl run -d "$pdir" -- "$work/build/prog" none >"$out" 2>"$err" || status=$?
	if [ "$expect" = refused ]; then
		[ "$status" = 14 ] || { cat "$err" >&2; lc_fail "run: exit $status, not 14"; }
		lc_expect_refusal "$err" "$status"
		grep -q "seccomp" "$err" && grep -q "mmap" "$err" || lc_fail "run: $(cat "$err")"
		! grep -q "^compute=" "$out" || lc_fail "the program ran after a refusal"
	else
		# it runs patched until timeout stops it
		[ "$status" = 124 ] || { cat "$err" >&2; lc_fail "run: exit $status"; }
		grep -q "^compute=101$" "$out" && ! grep -q "^compute=2$" "$out" ||
			lc_fail "run: not patched from the start: $(head -3 "$out")"
	fi
	echo "PASS: $case $(cat "$err")"
	exit 0
fi
lc_start "$out" "$work/build/prog" "$mode"
for _ in $(seq 100); do
	grep -q "^compute=2$\|^mdwe unsupported$" "$out" && break
	sleep 0.05
done
if grep -q "^mdwe unsupported$" "$out"; then
	echo "SKIP: PR_SET_MDWE is not supported by this kernel ($(uname -r))" >&2
	exit 77
fi
lc_wait_for "$out" 0 "compute=2"
status=0
libcare-ctl patch -p "$lc_pid" "$work/build/prog.kpatch" >/dev/null 2>"$err" || status=$?
if [ "$expect" = refused ]; then
	[ "$status" = 14 ] || { cat "$err" >&2; lc_fail "exit $status, not 14"; }
	lc_expect_refusal "$err" "$status"
	[ "$mode" != strict ] || grep -q "strict mode" "$err" || lc_fail "strict mode not named"
	grep -q "seccomp" "$err" && grep -q "mmap" "$err" ||
		lc_fail "the refusal names neither seccomp nor mmap: $(cat "$err")"
	sleep 0.2
	lc_alive "$lc_pid"
	size=$(lc_size "$out")
	lc_wait_for "$out" "$size" "compute=2"
	! grep -q "compute=101" "$out" || lc_fail "the patch ran after a refusal"
else
	[ "$status" = 0 ] || { cat "$err" >&2; lc_fail "exit $status where the patch must apply"; }
	[ ! -s "$err" ] || { cat "$err" >&2; lc_fail "messages on stderr"; }
	size=$(lc_size "$out")
	lc_wait_for "$out" "$size" "compute=101"
	lc_alive "$lc_pid"
	libcare-ctl unpatch -p "$lc_pid" >/dev/null 2>"$err" || { cat "$err" >&2; lc_fail "unpatch"; }
	size=$(lc_size "$out")
	lc_wait_for "$out" "$size" "compute=2"
	lc_alive "$lc_pid"
fi
echo "PASS: $case $(cat "$err")"
