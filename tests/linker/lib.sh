# Helpers shared by the linker tests.  Sourced with GENSRC, STRIP_TOOL and
# MAKE_TOOL naming the programs under test; WORK is a scratch directory
# removed on exit.
set -eu

WORK=$(mktemp -d /tmp/linker-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

build_id() {
	readelf -n "$1" | awk '/Build ID/ { print $3 }'
}

# build_pair SRC_DIR WORK "CFLAGS" "LDFLAGS" "GENSRC_FLAGS": WORK/prog from
# orig.c, WORK/prog.patched from the merge of orig.c and patched.c, both
# compiled as prog.c so that their .file directives agree.
build_pair() {
	src=$1 work=$2 cflags=$3 ldflags=$4 gflags=$5
	mkdir -p "$work"
	(
		cd "$work"
		cp "$src/orig.c" prog.c
		gcc $cflags -S prog.c -o orig.s
		cp "$src/patched.c" prog.c
		gcc $cflags -S prog.c -o patched.s
		"$GENSRC" $gflags -i orig.s -i patched.s -o merged.s
		gcc $cflags $ldflags -o prog orig.s
		gcc $cflags $ldflags -o prog.patched merged.s -Wl,-q
	) || fail "building $src ($cflags $ldflags $gflags)"
}

# make_patch WORK [nostrip]: the post-link steps of the manual pipeline,
# WORK/prog.patched -> WORK/prog.stripped -> WORK/prog.kpatch, with GNU
# strip in the middle as LibCare's documentation teaches, or without it.
make_patch() {
	(
		cd "$1"
		"$STRIP_TOOL" --strip prog.patched prog.stripped
		"$STRIP_TOOL" --rel-fixup prog prog.stripped
		[ "${2:-}" = nostrip ] || strip --strip-unneeded prog.stripped
		"$STRIP_TOOL" --undo-link prog prog.stripped
		"$MAKE_TOOL" -b "$(build_id prog)" -i 0001 -l 3 prog.stripped -o prog.kpatch
	) || fail "making the patch in $1"
}

# expect_error FILE_THAT_MUST_NOT_CHANGE WORDS COMMAND...: the command fails
# with one line on stderr in tool form that mentions WORDS, and leaves the
# file as it was.
expect_error() {
	keep=$1 words=$2
	shift 2
	before=$(sha256sum <"$keep")
	if "$@" >"$WORK/stdout" 2>"$WORK/stderr"; then
		fail "'$*' succeeded"
	fi
	err=$(cat "$WORK/stderr")
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "'$*' printed more than one line: $err"
	case "$err" in
	kpatch_strip:\ error:\ *|kpatch_make:\ error:\ *|kpatch_build:\ error:\ *) ;;
	*) fail "'$*' error is not in tool form: $err" ;;
	esac
	for w in $words; do
		case "$err" in
		*"$w"*) ;;
		*) fail "'$*' error does not mention '$w': $err" ;;
		esac
	done
	[ "$(sha256sum <"$keep")" = "$before" ] || fail "'$*' changed $keep"
	echo "ok: $err"
}
