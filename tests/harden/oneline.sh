#!/usr/bin/env bash
# One clear line for every failure (oneline.sh CASE):
#   options    --help and --version in every program but libcare-cc, which
#              hands them to the compiler; an unknown option is named
#   failures   a set of failing commands: each non-zero exit, one line
#   deleted    a non-root user patching its process whose binary was
#              deleted: exit 5 and a line that says why
#   escapes    names from a patch file reach the terminal escaped
#   died-SIG   a patient killed during the command: its signal is named
#   crash      a patch that crashes the patient: exit 0, or one line with
#              the signal when the doctor saw it die
. "$(dirname "$0")/../e2e/lib.sh"
case=$1
here=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/harden
dir=$work/oneline-$case
rm -rf "$dir"
mkdir -p "$dir"

# one_line STATUS ERRFILE WHAT: a failure said in exactly one line
one_line() {
	[ "$1" != 0 ] || lc_fail "$3: exit 0"
	[ "$(wc -l <"$2")" = 1 ] || { cat "$2" >&2; lc_fail "$3: $(wc -l <"$2") lines on stderr"; }
}

build() {
	bash "$here/build.sh" "$LIBCARE_BIN" "$here" "$work/build" || lc_fail "building the patient"
}

case $case in
options)
	for p in libcare-ctl kpatch_user kpatch_strip kpatch_make kpatch_build kpatch_gensrc \
		libcare-patch-make libcare-service-dropin; do
		for o in --help --version; do
			status=0
			"$LIBCARE_BIN/$p" $o >"$dir/out" 2>"$dir/err" || status=$?
			[ "$status" = 0 ] || lc_fail "$p $o: exit $status: $(cat "$dir/err")"
			[ -s "$dir/out" ] && [ ! -s "$dir/err" ] || lc_fail "$p $o: not on stdout alone"
		done
		grep -qx "$p (LibCare) [0-9][0-9.]*" "$dir/out" ||
			[ "$p" = kpatch_user ] || lc_fail "$p --version: $(cat "$dir/out")"
	done
	echo "PASS: --help and --version everywhere; libcare-cc passes them on"
	# libcare-cc is the compiler to configure scripts: `cc --version` is gcc's
	cc_v=$(LIBCARE_CC=gcc "$LIBCARE_BIN/libcare-cc" --version | head -1)
	[ "$cc_v" = "$(gcc --version | head -1)" ] || lc_fail "libcare-cc --version said: $cc_v"
	LIBCARE_CC=gcc "$LIBCARE_BIN/libcare-cc" --help | grep -q "^Usage: gcc" ||
		lc_fail "libcare-cc --help is not the compiler's"
	status=0
	libcare-ctl --bogus 2>"$dir/err" || status=$?
	[ "$status" = 1 ] && grep -q "unknown option '--bogus'" "$dir/err" ||
		lc_fail "libcare-ctl --bogus: exit $status: $(cat "$dir/err")"
	libcare-ctl -x 2>"$dir/err" || true
	grep -q "unknown option '-x'" "$dir/err" || lc_fail "libcare-ctl -x: $(cat "$dir/err")"
	libcare-ctl patch -q -p 1 x 2>"$dir/err" || true
	grep -q "patch: unknown option '-q'" "$dir/err" || lc_fail "patch -q: $(cat "$dir/err")"
	libcare-ctl patch --quiet -p 1 x 2>"$dir/err" || true
	grep -q "patch: unknown option '--quiet'" "$dir/err" || lc_fail "patch --quiet: $(cat "$dir/err")"
	libcare-ctl unpatch -p 2>"$dir/err" || true
	grep -q "unpatch: option '-p' needs a value" "$dir/err" || lc_fail "unpatch -p: $(cat "$dir/err")"
	libcare-ctl watch --bogus 2>"$dir/err" || true
	grep -q "watch: unknown option '--bogus'" "$dir/err" || lc_fail "watch --bogus: $(cat "$dir/err")"
	libcare-ctl watch --buffer 12 2>"$dir/err" || true
	grep -q "watch: --buffer wants a size in bytes, not '12'" "$dir/err" ||
		lc_fail "watch --buffer 12: $(cat "$dir/err")"
	;;
failures)
	lc_need_root
	build
	lc_start "$dir/out" "$work/build/prog" none
	lc_wait_for "$dir/out" 0 "compute=2"
	head -c 100 /dev/urandom >"$dir/garbage.kpatch"
	n=0
	while IFS= read -r cmd; do
		status=0
		eval "$cmd" >/dev/null 2>"$dir/err" || status=$?
		one_line "$status" "$dir/err" "$cmd"
		n=$((n + 1))
	done <<CMDS
libcare-ctl patch -p 999999999 $work/build/prog.kpatch
libcare-ctl patch -p $lc_pid $dir/garbage.kpatch
libcare-ctl patch -p $lc_pid $dir/none.kpatch
libcare-ctl patch -p $lc_pid $dir
libcare-ctl unpatch -p $lc_pid
libcare-ctl unpatch -p $lc_pid -i nosuch
libcare-ctl info -p 999999999
libcare-ctl frob
libcare-ctl patch -p $lc_pid
libcare-ctl patch -t x -p $lc_pid $work/build/prog.kpatch
setpriv --reuid=nobody --regid=nogroup --clear-groups $LIBCARE_BIN/libcare-ctl patch -p $lc_pid $work/build/prog.kpatch
setpriv --reuid=nobody --regid=nogroup --clear-groups $LIBCARE_BIN/libcare-ctl info -p $lc_pid
libcare-ctl run -d $dir -- /nonexistent/program
CMDS
	lc_alive "$lc_pid"
	echo "PASS: $n failing commands, one line each"
	;;
deleted)
	lc_need_root
	build
	# a copy nobody may run and read, in a directory of its own
	mkdir -p "$dir/nb"
	cp "$work/build/prog" "$work/build/prog.kpatch" "$dir/nb/"
	chmod 755 "$dir" "$dir/nb" "$dir/nb/prog"
	chmod 644 "$dir/nb/prog.kpatch"
	d=$dir
	while [ "$d" != / ]; do
		[ -x "$d" ] || lc_fail "nobody cannot reach $dir"
		d=$(dirname "$d")
	done
	lc_start "$dir/out" setpriv --reuid=nobody --regid=nogroup --clear-groups "$dir/nb/prog" none
	lc_wait_for "$dir/out" 0 "compute=2"
	rm "$dir/nb/prog"
	status=0
	setpriv --reuid=nobody --regid=nogroup --clear-groups \
		"$LIBCARE_BIN/libcare-ctl" patch -p "$lc_pid" "$dir/nb/prog.kpatch" >/dev/null 2>"$dir/err" ||
		status=$?
	[ "$status" = 5 ] || { cat "$dir/err" >&2; lc_fail "exit $status, not 5"; }
	one_line "$status" "$dir/err" "patch of a deleted binary"
	grep -q "was deleted" "$dir/err" || lc_fail "the line does not say why: $(cat "$dir/err")"
	lc_alive "$lc_pid"
	echo "PASS: $(cat "$dir/err")"
	;;
escapes)
	lc_need_root
	build
	esc=$'\e'
	# the loader refuses unprintable patch ids; an object name is for messages
	name="${esc}]0;owned${esc}\\${esc}[2Jprog${esc}[31mred"
	id=evil
	kpatch_make -b "$(lc_build_id "$work/build/prog")" -n "$name" -i "$id" \
		"$work/build/prog.stripped" -o "$dir/good.kpatch" || lc_fail "kpatch_make"
	kpatch_make -b "$(lc_build_id /bin/true)" -n "$name" -i "$id" \
		"$work/build/prog.stripped" -o "$dir/wrong.kpatch" || lc_fail "kpatch_make"
	lc_start "$dir/out" "$work/build/prog" none
	lc_wait_for "$dir/out" 0 "compute=2"
	status=0
	libcare-ctl patch -p "$lc_pid" "$dir/wrong.kpatch" >"$dir/o1" 2>"$dir/e1" || status=$?
	one_line "$status" "$dir/e1" "a patch for another BuildID"
	libcare-ctl patch -p "$lc_pid" "$dir/good.kpatch" >"$dir/o2" 2>"$dir/e2" ||
		lc_fail "patch: $(cat "$dir/e2")"
	libcare-ctl info -p "$lc_pid" >"$dir/o3" 2>&1 || lc_fail "info"
	libcare-ctl -v unpatch -p "$lc_pid" >"$dir/o4" 2>&1 || lc_fail "unpatch"
	for f in "$dir"/e1 "$dir"/o2 "$dir"/o3 "$dir"/o4; do
		! grep -q "$esc" "$f" || lc_fail "a raw escape reached $(basename "$f"): $(od -c "$f" | head)"
	done
	grep -qF '\x1b]0;owned\x1b\\\x1b[2Jprog\x1b[31mred' "$dir/e1" ||
		lc_fail "not shown escaped: $(cat "$dir/e1")"
	lc_alive "$lc_pid"
	echo "PASS: $(cat "$dir/e1")"
	;;
died-SEGV|died-SYS)
	lc_need_root
	build
	sig=${case#died-}
	# its parent never waits: a zombie tells how it died
	sh -c "'$work/build/prog' parked >'$dir/out' 2>&1 & echo \$! >'$dir/pid'; exec sleep 60" &
	lc_patients+=("$!")
	for _ in $(seq 100); do [ -s "$dir/pid" ] && break; sleep 0.05; done
	pid=$(cat "$dir/pid")
	lc_patients+=("$pid")
	lc_wait_for "$dir/out" 0 "compute=2"
	(sleep 0.5; kill -"$sig" "$pid") &
	status=0
	libcare-ctl patch -t 5000 -p "$pid" "$work/build/prog.kpatch" >/dev/null 2>"$dir/err" ||
		status=$?
	one_line "$status" "$dir/err" "a patient killed meanwhile"
	[ "$status" = 4 ] || lc_fail "exit $status, not 4"
	grep -q "pid $pid died of SIG$sig" "$dir/err" || lc_fail "$(cat "$dir/err")"
	[ "$sig" != SYS ] || grep -q seccomp "$dir/err" || lc_fail "SIGSYS without seccomp"
	echo "PASS: $(cat "$dir/err")"
	;;
crash)
	# a patch that crashes the patient at once: the doctor either finished
	# first (exit 0), or says in one line how the patient died (exit 4)
	lc_need_root
	build
	declare -A seen=()
	for ((i = 0; i < 10; i++)); do
		rm -f "$dir/out" "$dir/pid"
		sh -c "'$work/build/prog' busy >'$dir/out' 2>&1 & echo \$! >'$dir/pid'; exec sleep 30" &
		holder=$!
		for _ in $(seq 100); do [ -s "$dir/pid" ] && break; sleep 0.05; done
		pid=$(cat "$dir/pid")
		lc_wait_for "$dir/out" 0 "compute=2"
		status=0
		libcare-ctl patch -p "$pid" "$work/build/prog.crash.kpatch" >/dev/null 2>"$dir/err" ||
			status=$?
		if [ "$status" = 0 ]; then
			seen[finished-first]=$((${seen[finished-first]:-0} + 1))
		else
			one_line "$status" "$dir/err" "a patient crashed by the patch"
			[ "$status" = 4 ] && grep -q "pid $pid died of SIGSEGV during patch" "$dir/err" ||
				lc_fail "exit $status: $(cat "$dir/err")"
			seen[died-of-SIGSEGV]=$((${seen[died-of-SIGSEGV]:-0} + 1))
		fi
		kill -9 "$holder" "$pid" 2>/dev/null || true
		wait "$holder" 2>/dev/null || true
	done
	summary=""
	for k in "${!seen[@]}"; do
		summary+="$k: ${seen[$k]}; "
	done
	echo "PASS: 10 crashing patches: $summary"
	;;
*)
	lc_fail "unknown case $case" ;;
esac
