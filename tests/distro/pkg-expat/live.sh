#!/usr/bin/env bash
# pkg-expat's live part, pid 1 of its own PID namespace: three programs
# mapping the system's libexpat.so.1 crash on the CVE-2024-50602 input,
# do not once the patch package is installed, and crash again once it is
# removed.  Each program's crash happens in a child, so it lives on.
. "$(dirname "$0")/../../e2e/lib.sh"
. "$(dirname "$0")/../../deb/lib.sh"
pids=()
for n in 1 2 3; do
	lc_start "$work/patient-$n.log" "$work/resume"
	pids+=("$lc_pid")
	lc_wait_for "$work/patient-$n.log" 0 ready
done
# try TEXT: every patient runs the input once and says TEXT
try() {
	local n=0 pid off
	for pid in "${pids[@]}"; do
		n=$((n + 1))
		off=$(lc_size "$work/patient-$n.log")
		kill -USR1 "$pid"
		lc_wait_for "$work/patient-$n.log" "$off" "$1"
	done
}
try "crashed: Segmentation fault"

deb_dpkg -i "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; lc_fail "dpkg -i $deb"; }
for pid in "${pids[@]}"; do
	grep -q "^pid $pid: libexpat.so.1.8.10: patch expat-cve-2024-50602 level 1 applied" "$work/install.log" ||
		{ cat "$work/install.log" >&2; lc_fail "the postinst did not report pid $pid patched"; }
done
try "stop refused: parser not started"

deb_dpkg -r "$deb_name" >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; lc_fail "dpkg -r $deb_name"; }
grep -q "^unpatched 3 process(es)" "$work/remove.log" ||
	{ cat "$work/remove.log" >&2; lc_fail "the prerm did not report three processes unpatched"; }
try "crashed: Segmentation fault"
for pid in "${pids[@]}"; do
	lc_alive "$pid"
done
echo "live: 3 processes patched by dpkg -i and unpatched by dpkg -r"
