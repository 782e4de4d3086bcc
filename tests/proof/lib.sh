# Shared by the proof tests: the e2e helpers, the patient of orig.c and its
# patch built by kpatch_build, and a way to wait for the patient's lines.
. "$(dirname "${BASH_SOURCE[0]}")/../e2e/lib.sh"
lc_need_root
: "${PROOF_MUTATE:?PROOF_MUTATE must name the proof_mutate program}"

# PROOF_SRC: another scenario (orig.c, patched.c, expect.before, expect.after)
proof_src=${PROOF_SRC:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
proof_old="value=41"
proof_new="value=61"
if [ -f "$proof_src/expect.before" ]; then
	proof_old=$(cat "$proof_src/expect.before")
	proof_new=$(cat "$proof_src/expect.after")
fi

# proof_setup NAME: WORK, the program and WORK/prog.kpatch built, keys made.
proof_setup() {
	work=${LIBCARE_WORK:-$(mktemp -d)}/$1
	rm -rf "$work"
	mkdir -p "$work/keys"
	chmod 755 "$work"
	LIBCARE_CHAIN=build lc_build_patch "$proof_src" "$work" "-O2" ""
	kpatch_build --gen-key "$work/signer" >/dev/null || lc_fail "kpatch_build --gen-key"
	cp "$work/signer.pub" "$work/keys/"
	(cd "$work" && kpatch_build -k signer -i 0001 prog prog.patched -o signed.kpatch) ||
		lc_fail "kpatch_build -k"
}

proof_start() {
	out=$work/out.$RANDOM
	: >"$out"
	lc_start "$out" "$work/prog"
	lc_wait_for "$out" 0 "$proof_old"
}

# proof_lines_after MARK N: waits for N more lines after byte MARK, prints
# every line after it.
proof_lines_after() {
	local mark=$1 n=$2 i
	for ((i = 0; i < 200; i++)); do
		[ "$(tail -c +"$((mark + 1))" "$out" | wc -l)" -ge "$n" ] && break
		sleep 0.01
	done
	tail -c +"$((mark + 1))" "$out"
}
