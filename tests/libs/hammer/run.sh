#!/usr/bin/env bash
# 100 threads hammer a library function while it is patched and unpatched
# 50 times: the patient survives, every call is answered by version 1 or 2,
# and the per-version counts add up to the calls made.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/hammer
rm -rf "$work"
lc_build_lib_patch "$src" "$work" x 0001
gcc -O2 -pthread -o "$work/main" "$src/main.c" -Wl,--no-as-needed -L"$work" -lx \
	-Wl,-rpath,"$work" || lc_fail "building main"
out=$work/out
lc_start "$out" "$work/main" "$work/stop"
lc_wait_for "$out" 0 "started"
for round in $(seq 1 50); do
	mark=$(lc_size "$out")
	libcare-ctl patch -t 20000 -p "$lc_pid" "$work/libx.kpatch" >"$work/patch.log" 2>&1 ||
		{ cat "$work/patch.log" >&2; lc_fail "round $round: patch failed"; }
	lc_wait_for "$out" "$mark" "version 2"
	mark=$(lc_size "$out")
	libcare-ctl unpatch -t 20000 -p "$lc_pid" -i 0001 >"$work/unpatch.log" 2>&1 ||
		{ cat "$work/unpatch.log" >&2; lc_fail "round $round: unpatch failed"; }
	lc_wait_for "$out" "$mark" "version 1"
	lc_alive "$lc_pid"
done
touch "$work/stop"
wait "$lc_pid" || lc_fail "the patient exited with $?"
line=$(grep '^total ' "$out") || lc_fail "the patient printed no counts"
read -r _ total _ v1 _ v2 _ other <<<"$line"
echo "$line"
[ "$other" = 0 ] || lc_fail "$other calls returned neither version"
[ $((v1 + v2)) = "$total" ] || lc_fail "v1 $v1 + v2 $v2 != total $total"
[ "$v1" -gt 0 ] && [ "$v2" -gt 0 ] || lc_fail "one version was never called"
echo "PASS: libs.hammer"
