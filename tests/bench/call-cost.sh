#!/usr/bin/env bash
# The cost of a call into a patched function against the same call
# unpatched, in one process: batches of 20M calls timed by the program
# itself, medians of several batches each way.  Needs root.
here=$(cd "$(dirname "$0")" && pwd)
LIBCARE_BIN=${LIBCARE_BIN:-$here/../../build/bin}
. "$here/../e2e/lib.sh"
lc_need_root
work=$(mktemp -d)
batches=${BATCHES:-5}
lc_build_patch "$here/callcost" "$work" "-O2" ""
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# collect N RESULT: ns per call of the next N batches computing RESULT.
collect() {
	local mark
	mark=$(lc_size "$work/out")
	while [ "$(tail -c +"$((mark + 1))" "$work/out" | awk -v r="$2" '$2 == r' | wc -l)" -lt "$1" ]; do
		sleep 0.2
	done
	tail -c +"$((mark + 1))" "$work/out" | awk -v r="$2" '$2 == r { print $1 }' | head -n "$1" | median
}
lc_start "$work/out" "$work/prog"
unpatched=$(collect "$batches" 4)
libcare-ctl patch -p "$lc_pid" "$work/prog.kpatch" >/dev/null
patched=$(collect "$batches" 5)
libcare-ctl unpatch -p "$lc_pid" -i 0001 >/dev/null
again=$(collect "$batches" 4)
printf '%-22s %10s\n' "call into" "ns/call"
printf '%-22s %10s\n' "unpatched function" "$unpatched" "patched function" "$patched" \
	"unpatched again" "$again"
awk -v p="$patched" -v u="$unpatched" -v a="$again" \
	'BEGIN { printf "ratio patched/unpatched: %.2f\n", p / ((u + a) / 2) }'
rm -rf "$work"
