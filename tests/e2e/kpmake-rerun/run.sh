#!/usr/bin/env bash
# Running libcare-patch-make again, and what a run leaves behind:
#   built-tree   without --clean on a built tree it says what to do and
#                changes nothing;
#   clean-config a 'make clean' that deletes the configure output
#                (rm -rf Makefile objs) still leaves a tree --clean builds;
#   failed-run   a failed run moves the earlier patches aside and says so;
#   restored     after a run the build tree holds the original build;
#   update       --update names what is missing, and rebuilds only the fix;
#   interrupted  killed during the patched build, it still restores the
#                sources and the build tree.
. "$(dirname "$0")/../lib.sh"
here=$(cd "$(dirname "$0")" && pwd)
project=$here/../project
work=${LIBCARE_WORK:-$(mktemp -d)}/kpmake-rerun-$1
rm -rf "$work"
mkdir -p "$work"
cp -r "$project/src" "$work/src"
cd "$work/src"

kpmake() { libcare-patch-make "$@" >"$work/log" 2>&1; }
expect_error() {
	local pattern=$1 status=0
	shift
	kpmake "$@" || status=$?
	[ "$status" != 0 ] || lc_fail "libcare-patch-make succeeded: $(tail -3 "$work/log")"
	grep -q "libcare-patch-make: error: .*$pattern" "$work/log" ||
		{ cat "$work/log" >&2; lc_fail "no error saying '$pattern'"; }
	echo "refused ($status): $(grep -m1 'error:' "$work/log")"
}
# state: what a run may not change behind the user's back
state() { find lpmake patchroot .lpmaketmp -type f -print0 2>/dev/null | sort -z | xargs -0r sha1sum; }
full_run() { kpmake --clean -i 0001 "$project/fix.patch" || { cat "$work/log" >&2; lc_fail "libcare-patch-make --clean"; }; }

case $1 in
built-tree)
	make -s >/dev/null
	expect_error "holds a build already.*--clean" -i 0001 "$project/fix.patch"
	[ ! -e lpmake ] && [ ! -e .lpmaketmp ] || lc_fail "the refused run created lpmake/ or .lpmaketmp/"
	full_run
	state >"$work/before"
	expect_error "--clean" -i 0001 "$project/fix.patch"
	state >"$work/after"
	cmp -s "$work/before" "$work/after" || lc_fail "the refused run changed lpmake/, patchroot/ or the stash"
	;;
clean-config)
	# a configure of its own that writes Makefile and objs/, and a clean
	# that deletes both, as nginx's does
	mkdir conf
	mv Makefile conf/Makefile.in
	sed -i 's/^clean:/clean-objs:/' conf/Makefile.in
	printf '\nclean:\n\trm -rf Makefile objs *.o core/*.o core/*.a thermo\n' >>conf/Makefile.in
	cat >configure <<'SH'
#!/bin/sh
mkdir -p objs && echo "#define CONFIGURED 1" >objs/config.h && cp conf/Makefile.in Makefile
SH
	chmod +x configure
	sed -i '1i #include "objs/config.h"' main.c
	./configure && make -s >/dev/null
	cp thermo "$work/thermo"
	full_run
	grep -q "putting back the files" "$work/log" || lc_fail "the tool did not say it put the configuration back"
	[ -f Makefile ] && [ -f objs/config.h ] || lc_fail "the configuration is gone"
	[ -f "patchroot/$(lc_build_id "$work/thermo").kpatch" ] || lc_fail "no patch for the plain build"
	;;
failed-run)
	full_run
	old=$(ls patchroot)
	printf -- '--- a/util.c\n+++ b/util.c\n@@ -1,3 +1,4 @@\n #include <stdio.h>\n+#error broken fix\n \n #include "common.h"\n' >"$work/broken.patch"
	status=0
	kpmake --clean -i 0002 "$work/broken.patch" || status=$?
	[ "$status" != 0 ] || lc_fail "the broken fix made a patch"
	grep -q "earlier run's patches were moved to .*patchroot.old" "$work/log" || { cat "$work/log" >&2; lc_fail "the move was not said"; }
	[ -z "$(ls -A patchroot 2>/dev/null)" ] || lc_fail "patchroot/ still holds: $(ls patchroot)"
	[ "$(ls patchroot.old)" = "$old" ] || lc_fail "patchroot.old/ holds $(ls patchroot.old), not $old"
	;;
restored)
	make -s >/dev/null
	cp thermo "$work/thermo"
	full_run
	grep -q "holds the original build's programs again" "$work/log" || lc_fail "the tool did not say the tree is restored"
	cmp -s thermo "$work/thermo" || lc_fail "the build tree's thermo is not the original build's"
	sections=$(readelf -SW thermo)
	[[ $sections != *.kpatch* ]] || lc_fail "the build tree's thermo has .kpatch sections"
	;;
update)
	expect_error "missing: .*lpmake .*stash" --update -i 0001 "$project/fix.patch"
	full_run
	rm -rf .lpmaketmp/stash
	expect_error "missing: .*stash" --update -i 0001 "$project/fix.patch"
	! grep -q 'missing:.*lpmake ' "$work/log" || lc_fail "--update says lpmake/ is missing, which is there"
	full_run
	kpmake --update -i 0001 "$project/fix.patch" || { cat "$work/log" >&2; lc_fail "--update"; }
	! grep -q "BUILDING ORIGINAL" "$work/log" || lc_fail "--update built the original again"
	ls patchroot/*.kpatch >/dev/null || lc_fail "--update made no patch"
	;;
interrupted)
	make -s >/dev/null
	cp thermo "$work/thermo"
	# a make that has libcare-patch-make killed once the patched stage built
	cat >"$work/make-then-kill" <<'SH'
#!/bin/sh
make "$@"
status=$?
[ "$KPATCH_STAGE" = patched ] && kill -TERM "$PPID"
exit $status
SH
	chmod +x "$work/make-then-kill"
	status=0
	MAKE=$work/make-then-kill kpmake --clean -i 0001 "$project/fix.patch" || status=$?
	[ "$status" = 130 ] || { cat "$work/log" >&2; lc_fail "exit status $status, not 130"; }
	cmp -s thermo "$work/thermo" || lc_fail "the build tree's thermo is not the original after the kill"
	;;
*)
	lc_fail "unknown case $1" ;;
esac
cmp -s "$project/src/util.c" util.c && cmp -s "$project/src/core/core.c" core/core.c ||
	lc_fail "the sources were left patched"
echo "PASS: kpmake-rerun $1"
