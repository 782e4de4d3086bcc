# Shared helpers for the end-to-end scenarios: build a patch the way the
# manual pipeline teaches, run a patient, patch it over ptrace and read
# what it prints.  Sourced by the run-*.sh scripts; LIBCARE_BIN names the
# directory with kpatch_gensrc, kpatch_strip, kpatch_make and libcare-ctl.

set -euo pipefail

: "${LIBCARE_BIN:?LIBCARE_BIN must name the bin directory of the build}"
export PATH="$LIBCARE_BIN:$PATH"

lc_patients=()

lc_fail() {
	echo "FAIL: $*" >&2
	exit 1
}

lc_need_root() {
	if [ "$(id -u)" != 0 ]; then
		echo "SKIP: this test attaches to processes with ptrace and needs root" >&2
		exit 77
	fi
}

lc_cleanup() {
	local pid
	for pid in "${lc_patients[@]}"; do
		kill -9 "$pid" 2>/dev/null || true
	done
}
trap lc_cleanup EXIT

lc_build_id() {
	readelf -n "$1" | awk '/Build ID/ { print $3 }'
}

# lc_lang SRC_DIR: sets lc_ext and lc_cc, "cc" and g++ for a scenario
# written in C++ (orig.cc), else "c" and gcc.
lc_lang() {
	if [ -f "$1/orig.cc" ]; then
		lc_ext=cc lc_cc=g++
	else
		lc_ext=c lc_cc=gcc
	fi
}

# lc_build_patch SRC_DIR WORK "CFLAGS" "LDFLAGS" ["PATCHED_LDFLAGS"]
# Builds WORK/prog from SRC_DIR/orig.c and WORK/prog.kpatch from
# SRC_DIR/patched.c (orig.cc and patched.cc with g++), both compiled as
# prog.c (prog.cc) in WORK so that file names and DWARF directories agree.
# LIBCARE_CHAIN picks the post-link steps: strip (the manual chain with
# GNU strip, the default), nostrip (without it) or build (kpatch_build).
lc_build_patch() {
	if [ "${LIBCARE_FLAVOR:-build}" = kpmake ]; then
		lc_build_patch_kpmake "$@"
		return
	fi
	local src=$1 work=$2 cflags=$3 ldflags=$4 patched_ldflags=${5:-}
	lc_lang "$src"
	mkdir -p "$work"
	(
		cd "$work"
		cp "$src/orig.$lc_ext" "prog.$lc_ext"
		$lc_cc $cflags -S "prog.$lc_ext" -o orig.s
		cp "$src/patched.$lc_ext" "prog.$lc_ext"
		$lc_cc $cflags -S "prog.$lc_ext" -o patched.s
		kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
		$lc_cc $cflags $ldflags -o prog orig.s
		$lc_cc $cflags $ldflags -o prog.patched merged.s -Wl,-q $patched_ldflags
		if [ "${LIBCARE_CHAIN:-strip}" = build ]; then
			kpatch_build -i 0001 prog prog.patched -o prog.kpatch
			exit
		fi
		kpatch_strip --strip prog.patched prog.stripped
		kpatch_strip --rel-fixup prog prog.stripped
		[ "${LIBCARE_CHAIN:-strip}" = nostrip ] || strip --strip-unneeded prog.stripped
		kpatch_strip --undo-link prog prog.stripped
		kpatch_make -b "$(lc_build_id prog)" -i 0001 prog.stripped -o prog.kpatch
	) || lc_fail "building the patch for $(basename "$src") ($cflags $ldflags)"
}

# The same through the plugin (LIBCARE_FLAVOR=kpmake): a one-file make
# project built plainly first (that is the patient), then
# libcare-patch-make with the diff of the two sources.
lc_build_patch_kpmake() {
	local src=$1 work=$2 cflags=$3 ldflags=$4 compiler=CC
	lc_lang "$src"
	[ "$lc_ext" = c ] || compiler=CXX
	mkdir -p "$work/a" "$work/b"
	cp "$src/orig.$lc_ext" "$work/a/prog.$lc_ext"
	cp "$src/patched.$lc_ext" "$work/b/prog.$lc_ext"
	(
		cd "$work"
		diff -u "a/prog.$lc_ext" "b/prog.$lc_ext" >prog.patch || true
		mkdir project
		cp "a/prog.$lc_ext" "project/prog.$lc_ext"
		cat >project/Makefile <<MK
prog: prog.$lc_ext
	\$($compiler) $cflags -o prog prog.$lc_ext $ldflags
install: prog
	mkdir -p \$(DESTDIR)
	cp prog \$(DESTDIR)/prog
clean:
	rm -f prog
MK
		make -s -C project >/dev/null
		cp project/prog prog
		cd project
		libcare-patch-make --clean -i 0001 ../prog.patch >../kpmake.log 2>&1 ||
			{ cat ../kpmake.log >&2; exit 1; }
		set -- patchroot/*.kpatch
		[ $# = 1 ] || { echo "expected one patch, got: $*" >&2; exit 1; }
		[ "$(basename "$1" .kpatch)" = "$(lc_build_id ../prog)" ] ||
			{ echo "the patch is not for the plain build's BuildID" >&2; exit 1; }
		cp "$1" ../prog.kpatch
	) || lc_fail "building the patch for $(basename "$src") through libcare-patch-make ($cflags $ldflags)"
}

# lc_start OUTFILE PROGRAM ARGS... : starts a patient, sets lc_pid.
lc_start() {
	local out=$1
	shift
	"$@" >"$out" 2>&1 &
	lc_pid=$!
	lc_patients+=("$lc_pid")
}

lc_size() {
	stat -c %s "$1"
}

# lc_wait_for FILE OFFSET TEXT [SECONDS]: waits until a line equal to TEXT
# appears in FILE after byte OFFSET.
lc_wait_for() {
	local file=$1 offset=$2 text=$3 secs=${4:-10} i
	for ((i = 0; i < secs * 20; i++)); do
		if tail -c +"$((offset + 1))" "$file" | grep -qxF -- "$text"; then
			return 0
		fi
		sleep 0.05
	done
	echo "--- last lines of $file:" >&2
	tail -n 5 "$file" >&2
	lc_fail "'$text' did not appear in $file within ${secs}s"
}

lc_alive() {
	kill -0 "$1" 2>/dev/null || lc_fail "patient $1 died"
	local state
	state=$(awk '/^State:/ { print $2 }' "/proc/$1/status")
	[ "$state" != T ] && [ "$state" != t ] || lc_fail "patient $1 was left stopped"
}

# lc_code_bytes PID START LEN: hex dump of the patient's memory.
lc_mem() {
	dd if="/proc/$1/mem" bs=1 skip="$(($2))" count="$3" status=none | od -An -tx1 | tr -d ' \n'
}

# lc_snapshot PID FILE: the patient's mappings and the bytes of every
# executable mapping of its main program, to compare before and after.
lc_snapshot() {
	local pid=$1 file=$2 exe start end
	exe=$(readlink "/proc/$pid/exe")
	cat "/proc/$pid/maps" >"$file"
	awk -v exe="$exe" '$2 ~ /x/ && $6 == exe { print $1 }' "/proc/$pid/maps" |
		while IFS=- read -r start end; do
			dd if="/proc/$pid/mem" iflag=skip_bytes,count_bytes bs=65536 \
				skip=$((0x$start)) count=$((0x$end - 0x$start)) status=none | od -An -tx1
		done >>"$file"
}

# lc_expect_refusal LOG STATUS: the doctor failed with one line of error.
lc_expect_refusal() {
	local log=$1 status=$2
	[ "$status" != 0 ] || lc_fail "the doctor succeeded where it must refuse"
	[ "$(wc -l <"$log")" = 1 ] || { cat "$log" >&2; lc_fail "expected one line of error, got $(wc -l <"$log")"; }
}
