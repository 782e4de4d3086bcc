#!/usr/bin/env bash
# proof.mutate: mutated copies of a valid patch (metadata only, checksum
# made right again, some signed) against a live patient.  None may be
# accepted and then print anything but the old or the patched line, kill
# the patient, or leave it stopped or with a patch region after a refusal.
# Prints the figures: tried, accepted, refused by exit code, harmed.
. "$(dirname "$0")/lib.sh"

proof_setup mutate
proof_start
tried=0 accepted=0 harmed=0 behaved=0
declare -A refused

harm() {
	harmed=$((harmed + 1))
	echo "HARM (seed $seed: $desc): $*" >&2
	sed 's/^/    /' "$work/log" >&2
	if ! kill -0 "$lc_pid" 2>/dev/null; then
		proof_start
	elif [ "$(awk '/^State:/ { print $2 }' "/proc/$lc_pid/status")" = T ]; then
		kill -9 "$lc_pid"
		proof_start
	fi
	# a patient the harm left patched or hung is replaced, so that one harm counts once
	if ! libcare-ctl unpatch -t 1000 -p "$lc_pid" >/dev/null 2>&1 &&
	   libcare-ctl info -p "$lc_pid" 2>/dev/null | grep -q "Patch id"; then
		kill -9 "$lc_pid"
		proof_start
	fi
}

# try SEED [KEYFILE OPTIONS...]: one mutated patch, patched and unpatched
try() {
	seed=$1
	shift
	local key=${1:-} lines rc state from=$work/prog.kpatch
	if [ -n "$key" ]; then
		shift
		from=$work/signed.kpatch
	fi
	desc=$("$PROOF_MUTATE" "$from" "$work/m.kpatch" "$seed" $key) || lc_fail "proof_mutate $seed"
	tried=$((tried + 1))
	local mark
	mark=$(lc_size "$out")
	rc=0
	timeout 30 libcare-ctl patch -t 1000 "$@" -p "$lc_pid" "$work/m.kpatch" >"$work/log" 2>&1 || rc=$?
	if ! kill -0 "$lc_pid" 2>/dev/null; then
		harm "the patient died (exit $rc)"
		return
	fi
	state=$(awk '/^State:/ { print $2 }' "/proc/$lc_pid/status")
	[ "$state" != T ] && [ "$state" != t ] || { harm "the patient was left stopped"; return; }
	mark=$(lc_size "$out")
	lines=$(proof_lines_after "$mark" 3)
	if [ "$rc" != 0 ]; then
		refused[$rc]=$((${refused[$rc]:-0} + 1))
		[ -z "$(printf '%s\n' "$lines" | grep -vxF "$proof_old")" ] ||
			{ harm "refused (exit $rc), and the patient printed: $(echo $lines | head -c 80)"; return; }
		! grep -q libcare-patch "/proc/$lc_pid/maps" ||
			{ harm "refused (exit $rc), and a patch region stayed"; return; }
		return
	fi
	accepted=$((accepted + 1))
	[ -z "$(printf '%s\n' "$lines" | grep -vxF -e "$proof_old" -e "$proof_new")" ] ||
		{ harm "accepted, and the patient printed: $(echo $lines | head -c 80)"; return; }
	printf '%s\n' "$lines" | tail -n 1 | grep -qxF "$proof_new" && behaved=$((behaved + 1))
	libcare-ctl unpatch -p "$lc_pid" >"$work/log" 2>&1 || { harm "the unpatch failed"; return; }
	kill -0 "$lc_pid" 2>/dev/null || { harm "the patient died at the unpatch"; return; }
	mark=$(lc_size "$out")
	lines=$(proof_lines_after "$mark" 3)
	[ -z "$(printf '%s\n' "$lines" | grep -vxF "$proof_old")" ] ||
		{ harm "after the unpatch the patient printed: $(echo $lines | head -c 80)"; return; }
}

# the valid patch itself is accepted and works: the test can tell
try_valid() {
	local mark
	libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >"$work/log" 2>&1 || lc_fail "the valid patch is refused: $(cat "$work/log")"
	mark=$(lc_size "$out")
	lc_wait_for "$out" "$mark" "$proof_new"
	libcare-ctl unpatch -p "$lc_pid" >/dev/null || lc_fail "unpatch of the valid patch"
}
try_valid

# about 2 minutes on a loaded 2-core machine; PROOF_SEED_BASE picks other seeds
unsigned=${PROOF_MUTATIONS:-800}
signed=${PROOF_SIGNED_MUTATIONS:-80}
base=${PROOF_SEED_BASE:-0}
started=$SECONDS
for ((s = 1; s <= unsigned; s++)); do
	try "$((base + s))"
done
for ((s = 1; s <= signed; s++)); do
	try "$((base + 100000 + s))" "$work/signer" --require-signature --keys "$work/keys"
done

summary="tried $tried, accepted $accepted ($behaved of them patched as the real patch), refused:"
for rc in $(printf '%s\n' "${!refused[@]}" | sort -n); do
	summary+=" exit $rc: ${refused[$rc]},"
done
echo "mutations: ${summary%,}; harmed $harmed; $((SECONDS - started)) s"
[ "$harmed" = 0 ] || lc_fail "$harmed mutated patch(es) harmed the patient"
echo "PASS: proof.mutate"
