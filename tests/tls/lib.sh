# Helpers of the thread-local storage scenarios, on top of the e2e ones.
. "$(dirname "${BASH_SOURCE[0]}")/../e2e/lib.sh"

# tls_build_patch SRC WORK OUT "CFLAGS" "LINKFLAGS": builds WORK/OUT from
# SRC/orig.c and WORK/OUT.kpatch from SRC/patched.c (both compiled as
# prog.c), the way the manual pipeline does; LINKFLAGS come after the
# object (other objects, -shared, libraries); TLS_GENSRC_FLAGS go to
# kpatch_gensrc; LIBCARE_CHAIN as for lc_build_patch.  Returns non-zero with the
# tools' messages in WORK/build.log when a step fails.
tls_build_patch() {
	local src=$1 work=$2 out=$3 cflags=$4 linkflags=$5
	mkdir -p "$work"
	(
		cd "$work" &&
		cp "$src/orig.c" prog.c &&
		gcc $cflags -S prog.c -o orig.s &&
		cp "$src/patched.c" prog.c &&
		gcc $cflags -S prog.c -o patched.s &&
		kpatch_gensrc --os=rhel6 ${TLS_GENSRC_FLAGS:-} -i orig.s -i patched.s -o merged.s &&
		{ [ -z "${TLS_EDIT_MERGED:-}" ] || perl -0pi -e "$TLS_EDIT_MERGED" merged.s; } &&
		gcc $cflags -o "$out" orig.s $linkflags &&
		gcc $cflags -o "$out.patched" merged.s -Wl,-q $linkflags &&
		if [ "${LIBCARE_CHAIN:-strip}" = build ]; then
			kpatch_build -i 0001 "$out" "$out.patched" -o "$out.kpatch"
		else
			kpatch_strip --strip "$out.patched" "$out.stripped" &&
			kpatch_strip --rel-fixup "$out" "$out.stripped" &&
			{ [ "${LIBCARE_CHAIN:-strip}" = nostrip ] ||
				strip --strip-unneeded "$out.stripped"; } &&
			kpatch_strip --undo-link "$out" "$out.stripped" &&
			kpatch_make -b "$(lc_build_id "$out")" -i 0001 "$out.stripped" \
				-o "$out.kpatch"
		fi
	) >"$work/build.log" 2>&1
}

# tls_all_threads OUT MARK TEXT: every one of the 8 threads prints
# "thread I TEXT" after byte MARK of OUT.
tls_all_threads() {
	local out=$1 mark=$2 text=$3 i
	for i in 0 1 2 3 4 5 6 7; do
		lc_wait_for "$out" "$mark" "thread $i $text"
	done
}

tls_not_broken() {
	if grep -q BROKEN "$1"; then
		grep BROKEN "$1" | head -3 >&2
		lc_fail "a thread saw another thread's value or lost its own"
	fi
}
