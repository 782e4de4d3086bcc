# Helpers for the shared-library scenarios, on top of the e2e ones: build a
# patch for a .so by hand, the same pipeline as for a program but with
# -fPIC -shared, and patch sets laid out as a patch directory.
. "$(dirname "${BASH_SOURCE[0]}")/../e2e/lib.sh"

# lc_build_lib_patch SRC_DIR WORK NAME ID [LEVEL] ["CFLAGS"]
# Builds WORK/libNAME.so from SRC_DIR/NAME.orig.c and WORK/libNAME.kpatch
# (patch id ID, level LEVEL) from SRC_DIR/NAME.patched.c.  Both are compiled
# as NAME.c in a directory of their own so that file names agree.
# LIBCARE_CHAIN as for lc_build_patch.
lc_build_lib_patch() {
	local src=$1 work=$2 name=$3 id=$4 level=${5:-1} cflags=${6:--O2}
	local patched=${LC_PATCHED:-$src/$name.patched.c} d=$work/build-$name-$id
	mkdir -p "$d"
	(
		cd "$d"
		cp "$src/$name.orig.c" "$name.c"
		gcc $cflags -fPIC -S "$name.c" -o orig.s
		cp "$patched" "$name.c"
		gcc $cflags -fPIC -S "$name.c" -o patched.s
		kpatch_gensrc --os=rhel6 -i orig.s -i patched.s -o merged.s
		gcc $cflags -shared -fPIC -o "lib$name.so" orig.s
		gcc $cflags -shared -fPIC -o "lib$name.patched.so" merged.s -Wl,-q
		if [ "${LIBCARE_CHAIN:-strip}" = build ]; then
			kpatch_build -i "$id" -l "$level" "lib$name.so" "lib$name.patched.so" \
				-o "lib$name.kpatch"
			exit
		fi
		kpatch_strip --strip "lib$name.patched.so" stripped
		kpatch_strip --rel-fixup "lib$name.so" stripped
		[ "${LIBCARE_CHAIN:-strip}" = nostrip ] || strip --strip-unneeded stripped
		kpatch_strip --undo-link "lib$name.so" stripped
		kpatch_make -b "$(lc_build_id "lib$name.so")" -i "$id" -l "$level" stripped \
			-o "lib$name.kpatch"
	) || lc_fail "building the patch for lib$name.so ($cflags)"
	[ -e "$work/lib$name.so" ] || cp "$d/lib$name.so" "$work/lib$name.so"
	cmp -s "$d/lib$name.so" "$work/lib$name.so" || lc_fail "lib$name.so is not reproducible"
	cp "$d/lib$name.kpatch" "$work/lib$name.kpatch"
}
