#!/usr/bin/env bash
# A project whose install ignores DESTDIR and writes into PREFIX, by
# default /usr/local: libcare-patch-make fails, names the paths the install
# tried and the variable to pass, and /usr/local is left byte for byte as
# it was.  Given that variable through LIBCARE_INSTALL_ARGS, the same
# project gets its patch.
. "$(dirname "$0")/../lib.sh"
lc_need_root
work=${LIBCARE_WORK:-$(mktemp -d)}/kpmake-install
rm -rf "$work"
mkdir -p "$work/src"
cd "$work/src"
cat >prog.c <<'C'
#include <stdio.h>
#include <unistd.h>
__attribute__((noipa)) int answer(void) { return 41; }
int main(void) { for (;;) { printf("%d\n", answer()); fflush(stdout); usleep(50000); } }
C
cat >Makefile <<'MK'
PREFIX ?= /usr/local
prog: prog.c
	$(CC) -O2 -o prog prog.c
install: prog
	mkdir -p $(PREFIX)/bin
	cp prog $(PREFIX)/bin/libcare-kpmake-install-test
clean:
	rm -f prog
MK
sed 's/return 41/return 42/' prog.c >prog.new
diff -u prog.c prog.new | sed '1s|prog.c|a/prog.c|; 2s|prog.new|b/prog.c|' >"$work/fix.patch" || true
rm prog.new

# what /usr/local holds: every entry with its type, mode, owner, size and
# modification time, and (unless "quick") every file's checksum
listing() {
	find /usr/local -xdev -printf '%y %m %u %s %T@ %p -> %l\n' | sort
	[ "${1:-}" = quick ] || find /usr/local -xdev -type f -print0 | sort -z | xargs -0r md5sum
}
listing >"$work/before"
listing quick >"$work/before-quick"
status=0
libcare-patch-make --clean -i 0001 "$work/fix.patch" >"$work/log" 2>&1 || status=$?
listing >"$work/after"
cmp -s "$work/before" "$work/after" ||
	{ diff "$work/before" "$work/after" | head >&2; lc_fail "/usr/local changed"; }
[ -e /usr/local/bin/libcare-kpmake-install-test ] && lc_fail "the install wrote into /usr/local/bin"
[ "$status" != 0 ] || lc_fail "libcare-patch-make exited 0"
grep -q "error: step 'install original code' tried to write outside the work tree: /usr/local/bin" "$work/log" ||
	{ cat "$work/log" >&2; lc_fail "the error does not name the paths tried"; }
grep -q "LIBCARE_INSTALL_ARGS='PREFIX=@DESTDIR@/usr/local'" "$work/log" ||
	{ cat "$work/log" >&2; lc_fail "the error does not say how to pass PREFIX"; }
cmp -s prog.c <(sed 's/return 42/return 41/' prog.c) || lc_fail "the sources were left patched"
echo "refused ($status): $(grep -m1 'error:' "$work/log")"

# the way the error says
LIBCARE_INSTALL_ARGS='PREFIX=@DESTDIR@/usr/local' libcare-patch-make --clean -i 0001 "$work/fix.patch" \
	>"$work/log2" 2>&1 || { cat "$work/log2" >&2; lc_fail "libcare-patch-make with LIBCARE_INSTALL_ARGS"; }
[ -x lpmake/usr/local/bin/libcare-kpmake-install-test ] || lc_fail "no original in lpmake/usr/local/bin"
make -s clean && make -s >/dev/null
patch=patchroot/$(lc_build_id prog).kpatch
[ -f "$patch" ] || lc_fail "no patch for the plain build's BuildID: $(ls patchroot)"
listing quick >"$work/after2"
cmp -s "$work/before-quick" "$work/after2" || lc_fail "/usr/local changed"
lc_start "$work/out" ./prog
lc_wait_for "$work/out" 0 41
libcare-ctl patch -p "$lc_pid" "$patch" >"$work/patch.log" 2>&1 || { cat "$work/patch.log" >&2; lc_fail "patch"; }
lc_wait_for "$work/out" "$(lc_size "$work/out")" 42
echo "PASS: kpmake-install"
