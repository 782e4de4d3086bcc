#!/usr/bin/env bash
# proof.policy: each refusal of integrity, signature, file trust and proof
# of fit once against a live patient, with its exit code and one line of
# error, the patient untouched; and what must still be accepted: signed
# patches with a trusted key, a level upgrade over an applied patch, a
# root-owned file in sticky /tmp, a version 1 file or an unsafe one forced.
. "$(dirname "$0")/lib.sh"

proof_setup policy
proof_start
empty=$work/nokeys
mkdir -p "$empty"

# refuse STATUS WORD ARGS...: libcare-ctl patch ARGS fails with STATUS and
# one line naming WORD; the patient keeps printing the old line, no region
refuse() {
	local want=$1 word=$2 status=0 mark
	shift 2
	mark=$(lc_size "$out")
	libcare-ctl patch -p "$lc_pid" "$@" >"$work/log" 2>&1 || status=$?
	[ "$status" = "$want" ] || { cat "$work/log" >&2; lc_fail "patch $*: exit $status, expected $want"; }
	lc_expect_refusal "$work/log" "$status"
	grep -q -- "$word" "$work/log" || lc_fail "the error does not say '$word': $(cat "$work/log")"
	lc_alive "$lc_pid"
	! grep -q libcare-patch "/proc/$lc_pid/maps" || lc_fail "a patch region stayed after: $*"
	proof_lines_after "$mark" 2 | grep -vxqF "$proof_old" && lc_fail "the patient changed after: $*"
	echo "ok: exit $want: $(cat "$work/log")"
}

# accept ARGS...: libcare-ctl patch ARGS works, the patch shows, unpatch
accept() {
	local mark
	libcare-ctl patch -p "$lc_pid" "$@" >"$work/log" 2>&1 ||
		{ cat "$work/log" >&2; lc_fail "patch $* was refused"; }
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "$proof_new"
	libcare-ctl unpatch -p "$lc_pid" >/dev/null || lc_fail "unpatch after $*"
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "$proof_old"
	echo "ok: accepted: $*"
}

# signatures
refuse 11 "not signed" --require-signature --keys "$work/keys" "$work/prog.kpatch"
accept --require-signature --keys "$work/keys" "$work/signed.kpatch"
accept --keys "$work/keys" "$work/signed.kpatch"
refuse 11 "not a trusted key" --keys "$empty" "$work/signed.kpatch"
"$PROOF_MUTATE" --tamper "$work/signed.kpatch" "$work/tampered.kpatch" || lc_fail "--tamper"
refuse 11 "does not verify" --keys "$work/keys" "$work/tampered.kpatch"
"$PROOF_MUTATE" --reseal "$work/signed.kpatch" "$work/other.kpatch" "$work/signer" || lc_fail "--reseal"
accept --require-signature --keys "$work/keys" "$work/other.kpatch"

# integrity and format version
cp "$work/prog.kpatch" "$work/flipped.kpatch"
printf '\x01' | dd of="$work/flipped.kpatch" bs=1 seek=700 conv=notrunc status=none
refuse 10 "checksum mismatch" "$work/flipped.kpatch"
"$PROOF_MUTATE" --v1 "$work/prog.kpatch" "$work/v1.kpatch" || lc_fail "--v1"
refuse 10 "version 1" "$work/v1.kpatch"
accept --force "$work/v1.kpatch"
refuse 11 "cannot be signed" --force --require-signature --keys "$work/keys" "$work/v1.kpatch"

# files others can write, as root
mkdir -p "$work/open" "$work/sticky"
cp "$work/prog.kpatch" "$work/open/prog.kpatch"
chmod 777 "$work/open"
refuse 12 "writable by everyone" "$work/open/prog.kpatch"
refuse 12 "writable by everyone" "$work/open"
accept --force "$work/open/prog.kpatch"
cp "$work/prog.kpatch" "$work/g.kpatch"
chmod 664 "$work/g.kpatch"
refuse 12 "writable by its group" "$work/g.kpatch"
chown 65534 "$work/g.kpatch"
chmod 644 "$work/g.kpatch"
refuse 12 "owned by uid 65534" "$work/g.kpatch"
# a sticky directory others can write: root's own file in it is fine
chmod 1777 "$work/sticky"
cp "$work/prog.kpatch" "$work/sticky/prog.kpatch"
accept "$work/sticky/prog.kpatch"

# proof of fit: a level upgrade compares with the bytes the record saved
(cd "$work" && kpatch_build -i 0001 -l 2 prog prog.patched -o level2.kpatch) || lc_fail "level 2"
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >/dev/null || lc_fail "level 0"
libcare-ctl patch -p "$lc_pid" "$work/level2.kpatch" >"$work/log" 2>&1 ||
	{ cat "$work/log" >&2; lc_fail "the level upgrade over an applied patch was refused"; }
libcare-ctl info -p "$lc_pid" | grep -q "Patch level: 2" || lc_fail "info does not show level 2"
libcare-ctl unpatch -p "$lc_pid" >/dev/null || lc_fail "unpatch of level 2"
echo "ok: level 2 over level 0"

# ... and so does a patch stacked over another one on the same functions
(cd "$work" && kpatch_build -i 0002 prog prog.patched -o other-id.kpatch) || lc_fail "patch 0002"
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >/dev/null || lc_fail "patch 0001"
libcare-ctl patch -p "$lc_pid" "$work/other-id.kpatch" >"$work/log" 2>&1 ||
	{ cat "$work/log" >&2; lc_fail "patch 0002 over 0001 was refused"; }
libcare-ctl unpatch -p "$lc_pid" >/dev/null || lc_fail "unpatch of 0002 and 0001"
mark=$(lc_size "$out")
lc_wait_for "$out" "$mark" "$proof_old"
echo "ok: patch 0002 stacked over 0001"

# proof of fit: code someone else changed is refused, naming the function
base=$(awk -v exe="$(readlink "/proc/$lc_pid/exe")" '$6 == exe && $3 == "00000000" { split($1, a, "-"); print a[1]; exit }' "/proc/$lc_pid/maps")
spare=$(nm "$work/prog" | awk '$3 == "spare" { print $1 }')
[ -n "$base" ] && [ -n "$spare" ] || lc_fail "cannot find spare() in the patient"
# spare() is never called: a byte in its middle changes nothing the patient does
printf '\x90' | dd of="/proc/$lc_pid/mem" bs=1 seek=$((0x$base + 0x$spare + 4)) conv=notrunc status=none
refuse 13 "'spare'" "$work/prog.kpatch"
echo "PASS: proof.policy"
