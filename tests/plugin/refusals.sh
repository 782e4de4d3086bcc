#!/usr/bin/env bash
# The plugin's refusals, each an error in compiler form naming the file:
# -flto, a patched build whose original is not in the stash, and a patched
# source that renamed the file it was compiled from.
set -uo pipefail
plugin=${LIBCARE_PLUGIN:?}
src=$(cd "$(dirname "$0")/../e2e" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
cp "$src/static_func/orig.c" a.c
plug=(-fplugin="$plugin" -fplugin-arg-libcare-stash="$work/stash")

# expect_error WHAT PATTERN COMMAND...: fails, and says PATTERN on stderr.
expect_error() {
	local what=$1 pattern=$2
	shift 2
	if "$@" 2>err; then
		fail "$what: the build succeeded"
	fi
	grep -qE "$pattern" err || { cat err >&2; fail "$what: no '$pattern' on stderr"; }
	echo "refused, $what: $(grep -E "$pattern" err | head -1)"
}

expect_error "-flto" '^a\.c: error: libcare: .*-flto' \
	gcc -O2 -flto "${plug[@]}" -fplugin-arg-libcare-stage=original -c a.c -o lto.o
expect_error "missing original" '^a\.c: error: libcare: no original assembly' \
	gcc -O2 "${plug[@]}" -fplugin-arg-libcare-stage=patched -c a.c -o never.o
gcc -O2 "${plug[@]}" -fplugin-arg-libcare-stage=original -c a.c -o a.o || fail "original stage"
cp a.c renamed.c
expect_error "renamed source" '^renamed\.c: error: libcare: .*(a\.c|renamed\.c)' \
	gcc -O2 "${plug[@]}" -fplugin-arg-libcare-stage=patched -c renamed.c -o a.o
expect_error "unknown stage" 'error: libcare: unknown stage' \
	gcc -O2 "${plug[@]}" -fplugin-arg-libcare-stage=bogus -c a.c -o b.o
# a changed unit with a function in top-level asm the differ cannot size
cat >tramp.c <<'EOT'
asm(".text\n.align 16\n.type tramp,@function\ntramp:\n\tmovq $15, %rax\n\tsyscall\n");
int value(int x) { return x * 2; }
EOT
gcc -O2 "${plug[@]}" -fplugin-arg-libcare-stage=original -c tramp.c -o tramp.o || fail "original stage of tramp.c"
sed -i 's/x \* 2/x * 3/' tramp.c
expect_error "top-level asm function without .size" "^tramp\.c: error: libcare: .*function 'tramp' has no \.size" \
	gcc -O2 "${plug[@]}" -fplugin-arg-libcare-stage=patched -c tramp.c -o tramp.o
echo "PASS: refusals"
