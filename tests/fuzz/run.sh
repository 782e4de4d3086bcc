#!/usr/bin/env bash
# run.sh [SECONDS]: builds the fuzz targets with clang (libFuzzer, ASan,
# UBSan) in their own tree, $FUZZ_BUILD (default build-fuzz/), and runs
# each for SECONDS (default $FUZZ_SECONDS, else 120) from its seeds: the
# patch loader and the ELF layer from the fixture patch, gensrc from the
# golden assembly pairs, kpatch_gensrc's reader of -g debug sections from
# the golden files with debug information, kpatch_strip's stages from a
# patched binary (fuzz_strip mutates all of it, fuzz_strip_meta only its
# metadata).  A
# crash, a sanitizer report, a leak or a hang is saved as a file under
# $FUZZ_BUILD/fuzz-found/TARGET/ and makes the script fail; commit such a
# file under tests/fuzz/regress/TARGET/ and ctest replays it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-${FUZZ_SECONDS:-120}}
build=${FUZZ_BUILD:-$root/build-fuzz}
targets="patch_file elf gensrc strip strip_meta dwarf_layout"

if ! command -v clang >/dev/null ||
	! echo 'int LLVMFuzzerTestOneInput(const char *d, long n) { return !d + n; }' |
		clang -x c -fsanitize=fuzzer,address,undefined -o /dev/null - 2>/dev/null; then
	echo "run.sh: needs clang with libFuzzer and the sanitizer runtimes (Debian: clang libclang-rt-14-dev)" >&2
	exit 1
fi

CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_seeds fuzz_strip_seed \
	$(for t in $targets; do echo "fuzz_$t"; done) >"$build/fuzz-build.log" 2>&1 ||
	{ tail -n 30 "$build/fuzz-build.log" >&2; exit 1; }

# seeds: each target's corpus starts from files the build made or the tree holds
seeds() {
	local t=$1 dir=$2 f
	case $t in
	patch_file | elf) cp "$build/tests/fuzz/seed.kpatch" "$build/tests/fuzz/seed.o" "$dir/" ;;
	strip) cp "$build/tests/fuzz/strip_seed/patched" "$dir/" ;;
	strip_meta) printf '' >"$dir/none" ;;	# no edit: the seed itself
	dwarf_layout) grep -l 'section	\.debug_info' "$root"/tests/gensrc/golden/*.s | xargs cp -t "$dir/" ;;
	gensrc)
		# the golden pairs, each as original NUL patched, and alone
		for f in "$root"/tests/gensrc/golden/*.orig.s; do
			cp "$f" "$dir/"
			{ cat "$f"; printf '\0'; cat "${f%.orig.s}.patched.s"; } >"$dir/$(basename "${f%.orig.s}").pair"
		done
		;;
	esac
	if [ -d "$root/tests/fuzz/regress/$t" ]; then
		cp "$root/tests/fuzz/regress/$t"/* "$dir/" 2>/dev/null || true
	fi
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
failed=0
for t in $targets; do
	corpus=$build/fuzz-corpus/$t found=$build/fuzz-found/$t seed=$build/fuzz-seeds/$t
	mkdir -p "$corpus" "$found" "$seed"
	seeds "$t" "$seed"
	status=0
	"$build/bin/fuzz_$t" -max_total_time="$secs" -timeout=10 -print_final_stats=1 \
		-artifact_prefix="$found/" "$corpus" "$seed" >"$build/fuzz-$t.log" 2>&1 || status=$?
	execs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$build/fuzz-$t.log")
	cov=$(grep -o 'cov: [0-9]*' "$build/fuzz-$t.log" | tail -n 1)
	finds=$(find "$found" -type f | wc -l)
	echo "fuzz_$t: ${execs:-?} runs in ${secs}s, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l), found $finds (exit $status)"
	if [ "$status" != 0 ] || [ "$finds" != 0 ]; then
		failed=1
		grep -E 'ERROR|runtime error|SUMMARY' "$build/fuzz-$t.log" | head -n 5 >&2 || true
		ls "$found" >&2
	fi
done
exit $failed
