#!/usr/bin/env bash
# kpatch_build --match: a rebuild of a "shipped" program (same source and
# flags, another BuildID, the shipped one stripped as distributions ship
# them) matches it; the patch made from the rebuild is keyed by the
# shipped BuildID and patches the running shipped program.  A build with
# other flags is refused in one line naming the first section that
# differs, and that section does differ.
. "$(dirname "$0")/../e2e/lib.sh"
lc_need_root
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'lc_cleanup; rm -rf "$work"' EXIT
cd "$work"
flags="-O2 -g -fpie -fno-inline"
cp "$here/walk/orig.c" prog.c
gcc $flags -S prog.c -o orig.s
cp "$here/walk/patched.c" prog.c
gcc $flags -S prog.c -o patched.s
kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
rebuilt_id=1111111111111111111111111111111111111111
shipped_id=2222222222222222222222222222222222222222
gcc $flags -pie -Wl,--build-id=0x$shipped_id -o shipped orig.s
strip shipped
gcc $flags -pie -Wl,--build-id=0x$rebuilt_id -o rebuilt orig.s
gcc $flags -pie -Wl,--build-id=0x$rebuilt_id -o rebuilt.patched merged.s -Wl,-q
cp "$here/walk/orig.c" prog.c
gcc -O1 -g -fpie -fno-inline -pie -Wl,--build-id=0x$shipped_id -o other prog.c

out=$(kpatch_build --match shipped rebuilt) || lc_fail "the rebuild does not match: $out"
[ "$out" = "rebuilt matches shipped: shipped BuildID $shipped_id, rebuilt BuildID $rebuilt_id" ] ||
	lc_fail "check-only output: $out"

kpatch_build --match shipped -i 0001 rebuilt rebuilt.patched -o p.kpatch || lc_fail "kpatch_build --match"
lc_start out.log ./shipped
lc_wait_for out.log 0 "i'm unpatched!"
libcare-ctl patch -p "$lc_pid" p.kpatch >patch.log 2>&1 || { cat patch.log >&2; lc_fail "patching the shipped program"; }
lc_wait_for out.log "$(lc_size out.log)" "you patched my tralala"
info=$(libcare-ctl info -p "$lc_pid")
grep -q "$shipped_id" <<<"$info" || lc_fail "info does not show the shipped BuildID: $info"
libcare-ctl unpatch -p "$lc_pid" -i 0001 >/dev/null 2>&1 || lc_fail "unpatch"
lc_wait_for out.log "$(lc_size out.log)" "i'm unpatched!"
lc_alive "$lc_pid"

# other flags: refused, naming a section that really differs, no patch written
status=0
kpatch_build --match other -i 0001 rebuilt rebuilt.patched -o q.kpatch 2>err.log || status=$?
[ $status = 3 ] || lc_fail "kpatch_build exited $status on a rebuild that differs, not 3"
[ "$(wc -l <err.log)" = 1 ] || { cat err.log >&2; lc_fail "expected one line of error"; }
section=$(sed -n 's/^kpatch_build: error: rebuilt: does not match the shipped other: \(\.[^ ]*\) differs.*/\1/p' err.log)
[ -n "$section" ] || lc_fail "no section named: $(cat err.log)"
objcopy -O binary --only-section="$section" other other.sec
objcopy -O binary --only-section="$section" rebuilt rebuilt.sec
! cmp -s other.sec rebuilt.sec || lc_fail "$section is the same in both"
[ ! -e q.kpatch ] || lc_fail "a patch was written"
status=0
kpatch_build --match other rebuilt 2>/dev/null || status=$?
[ $status = 3 ] || lc_fail "the check alone exited $status, not 3"
status=0
kpatch_build --match shipped -b $shipped_id rebuilt rebuilt.patched -o r.kpatch 2>/dev/null || status=$?
[ $status = 2 ] || lc_fail "--match with -b exited $status, not 2 (usage)"
echo "PASS: --match keys the rebuild's patch by the shipped BuildID; $(cat err.log)"
