#!/usr/bin/env bash
# -p all: 15 patients of one build and 5 of another build (another BuildID).
# The 15 are patched, the 5 are never touched, none is left stopped; then
# info -p all and unpatch -p all -i ID act on the 15 only.
. "$(dirname "$0")/../lib.sh"
lc_need_root
src=$(cd "$(dirname "$0")" && pwd)
work=${LIBCARE_WORK:-$(mktemp -d)}/all
rm -rf "$work"
lc_build_patch "$src" "$work/a" "-O2" ""
lc_build_patch "$src" "$work/b" "-O1" ""
[ "$(lc_build_id "$work/a/prog")" != "$(lc_build_id "$work/b/prog")" ] || lc_fail "the builds share a BuildID"
mkdir -p "$work/patches"
# an id of its own: patients of tests running beside this one carry 0001
kpatch_make -b "$(lc_build_id "$work/a/prog")" -i libs-all "$work/a/prog.stripped" \
	-o "$work/patches/$(lc_build_id "$work/a/prog").kpatch" || lc_fail "kpatch_make"

match=() other=()
for i in $(seq 1 15); do
	lc_start "$work/out.a$i" "$work/a/prog"
	match+=("$lc_pid")
done
for i in $(seq 1 5); do
	lc_start "$work/out.b$i" "$work/b/prog"
	other+=("$lc_pid")
done
for i in $(seq 1 15); do lc_wait_for "$work/out.a$i" 0 v1; done
for i in $(seq 1 5); do lc_wait_for "$work/out.b$i" 0 v1; done

libcare-ctl patch -p all "$work/patches" >"$work/patch.log" 2>"$work/patch.err" ||
	{ cat "$work/patch.log" "$work/patch.err" >&2; lc_fail "patch -p all failed"; }
grep -q "^patched 15 process(es)" "$work/patch.log" ||
	{ tail -n 3 "$work/patch.log" >&2; lc_fail "the summary does not say 15 patched"; }
for pid in "${other[@]}"; do
	! grep -q "^pid $pid:" "$work/patch.log" || lc_fail "non-matching pid $pid was acted on"
done
for i in $(seq 1 15); do
	lc_wait_for "$work/out.a$i" "$(lc_size "$work/out.a$i")" v2
	lc_alive "${match[$((i - 1))]}"
done
sleep 0.2
for i in $(seq 1 5); do
	[ "$(tail -n 1 "$work/out.b$i")" = v1 ] || lc_fail "a non-matching patient changed"
	lc_alive "${other[$((i - 1))]}"
	grep -q libcare-patch "/proc/${other[$((i - 1))]}/maps" && lc_fail "a non-matching patient got a region"
done

libcare-ctl info -p all >"$work/info.log" || lc_fail "info -p all failed"
for pid in "${match[@]}"; do
	grep -q "^Pid: $pid Target: prog " "$work/info.log" || lc_fail "info -p all misses pid $pid"
done

# one of the other 5 carries a patch of another id: unpatch -p all -i
# libs-all leaves it on, and says nothing of it
kpatch_make -b "$(lc_build_id "$work/b/prog")" -i libs-other "$work/b/prog.stripped" \
	-o "$work/other.kpatch" || lc_fail "kpatch_make"
libcare-ctl patch -p "${other[0]}" "$work/other.kpatch" >/dev/null || lc_fail "patching pid ${other[0]}"
lc_wait_for "$work/out.b1" "$(lc_size "$work/out.b1")" v2

libcare-ctl unpatch -p all -i libs-all >"$work/unpatch.log" 2>&1 ||
	{ cat "$work/unpatch.log" >&2; lc_fail "unpatch -p all failed"; }
grep -q "^unpatched 15 process(es)" "$work/unpatch.log" || lc_fail "the summary does not say 15 unpatched"
! grep -q "^pid ${other[0]}:\|'${other[0]}'" "$work/unpatch.log" ||
	{ cat "$work/unpatch.log" >&2; lc_fail "unpatch -p all spoke of pid ${other[0]}, which carries another patch"; }
libcare-ctl info -p "${other[0]}" | grep -q "Patch id: libs-other" ||
	lc_fail "unpatch -p all -i libs-all took off another patch"
for i in $(seq 1 15); do
	lc_wait_for "$work/out.a$i" "$(lc_size "$work/out.a$i")" v1
	lc_alive "${match[$((i - 1))]}"
done
echo "PASS: libs.all"
