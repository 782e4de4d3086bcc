#!/bin/bash
# kpatch_strip --rel-fixup on shared libraries, symbol by symbol: what the
# library binds to itself (-Bsymbolic, protected) keeps its direct address;
# what it reaches through a GOT slot with a dynamic relocation is reached
# through that slot (GOT loads, -fno-plt calls) or its PLT entry (.plt.got,
# .plt.sec with IBT); what cannot follow the slot is refused in one line.
#
# interpose.sh GENSRC STRIP MAKE
GENSRC=$1 STRIP_TOOL=$2 MAKE_TOOL=$3
. "$(dirname "$0")/lib.sh"

# The library: a variable, a function and a user of both that the fix changes.
base='int limit = 10;
VIS __attribute__((noipa)) void release(void *p) { (void)p; }
EXTRA
int __attribute__((noinline)) use(void *p) { CALL return limit; }'
# lib_src EXTRA CALL VIS: the library's text with the placeholders filled
lib_src() {
	printf '%s\n' "$base" | sed "s|EXTRA|$1|; s|CALL|$2|; s|VIS|$3|"
}

# fixed NAME "CFLAGS" "LDFLAGS" "ORIG" "PATCHED": WORK/NAME/lib.so from ORIG,
# the merged patched library, --strip and --rel-fixup into WORK/NAME/fixed
# (status in WORK/NAME/status, messages in WORK/NAME/err), --undo-link and
# its disassembly with relocations in WORK/NAME/dis.
fixed() {
	local d=$WORK/$1
	mkdir -p "$d"
	(
		cd "$d"
		printf '%s\n' "$4" >x.c
		gcc $2 -fPIC -S x.c -o orig.s
		printf '%s\n' "$5" >x.c
		gcc $2 -fPIC -S x.c -o patched.s
		"$GENSRC" -i orig.s -i patched.s -o merged.s
		gcc $2 -shared -fPIC $3 -o lib.so orig.s
		gcc $2 -shared -fPIC $3 -o lib.patched.so merged.s -Wl,-q
		"$STRIP_TOOL" --strip lib.patched.so fixed
	) || fail "building $1"
	status=0
	"$STRIP_TOOL" --rel-fixup "$d/lib.so" "$d/fixed" 2>"$d/err" || status=$?
	echo "$status" >"$d/status"
	[ "$status" != 0 ] && return
	"$STRIP_TOOL" --undo-link "$d/lib.so" "$d/fixed" || fail "$1: --undo-link"
	objdump -dr -j .kpatch.text "$d/fixed" >"$d/dis"
	readelf -sW "$d/fixed" >"$d/syms"
}

# has NAME ERE WHAT: the disassembly of NAME's patch matches ERE
has() {
	grep -qE "$2" "$WORK/$1/dis" || { cat "$WORK/$1/dis" >&2; fail "$1: no $3"; }
}
hasnt() {
	! grep -qE "$2" "$WORK/$1/dis" || { cat "$WORK/$1/dis" >&2; fail "$1: $3"; }
}
# slot_symbol NAME SYMBOL: its value in the patch
slot_symbol() {
	awk -v n="$2" '$8 == n { print $2 }' "$WORK/$1/syms"
}
# section_of NAME ADDR: the section of lib.so holding ADDR (hex)
section_of() {
	readelf -SW "$WORK/$1/lib.so" | awk -v a=$((16#$2)) '
		{ sub(/^ *\[ *[0-9]+\] */, "") }
		NF >= 5 && $3 ~ /^[0-9a-f]+$/ && $5 ~ /^[0-9a-f]+$/ {
			s = strtonum("0x" $3); z = strtonum("0x" $5)
			if (s && a >= s && a < s + z) print $1
		}'
}
succeeded() {
	[ "$(cat "$WORK/$1/status")" = 0 ] || { cat "$WORK/$1/err" >&2; fail "$1: --rel-fixup failed"; }
}
# refused NAME WORDS: --rel-fixup failed with one line in tool form naming WORDS
refused() {
	local err
	err=$(cat "$WORK/$1/err")
	[ "$(cat "$WORK/$1/status")" != 0 ] || fail "$1: --rel-fixup succeeded"
	[ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || fail "$1: more than one line: $err"
	case "$err" in kpatch_strip:\ error:\ *) ;; *) fail "$1: not in tool form: $err" ;; esac
	for w in $2; do
		case "$err" in *"$w"*) ;; *) fail "$1: '$w' not in: $err" ;; esac
	done
	echo "ok: $1 refused: $err"
}

orig=$(lib_src "" "release(p);" "")
patched=$(printf '%s\n' "$orig" | sed 's/return limit;/return limit + 1;/')

# the default: a GOT load of ORIG's slot for limit, a call to release@plt
fixed default "-O2" "" "$orig" "$patched"
succeeded default
has default '48 8b 05 .*mov .*\(%rip\),%rax' "GOT load kept"
has default 'R_X86_64_PC32[[:space:]]+__kpatch_got.limit-0x4' "load of ORIG's slot for limit"
has default 'R_X86_64_PC32[[:space:]]+__kpatch_plt.release-0x4' "call to ORIG's release@plt"
hasnt default 'R_X86_64_[A-Z0-9]+[[:space:]]+(limit|release)-' "a direct reference is left"
slot=$(readelf -rW "$WORK/default/lib.so" | awk '$3 == "R_X86_64_GLOB_DAT" && $5 == "limit" { print $1 }')
[ "$(slot_symbol default __kpatch_got.limit)" = "$slot" ] || fail "default: not ORIG's slot $slot"
plt=$(objdump -d "$WORK/default/lib.so" | awk '$2 == "<release@plt>:" { print $1 }')
[ "$(slot_symbol default __kpatch_plt.release)" = "$plt" ] || fail "default: not ORIG's release@plt"
echo "ok: default: __kpatch_got.limit = $slot, __kpatch_plt.release = $plt"

# a library that can also be run, as glibc's libc.so.6: an .interp section
# and a soname; still a library, its symbols still reached through the slots
runnable=$(lib_src 'const char interp[] __attribute__((section(".interp"))) = "/lib64/ld-linux-x86-64.so.2";' "release(p);" "")
fixed runnable "-O2" "-Wl,-soname,librun.so.1" "$runnable" \
	"$(printf '%s\n' "$runnable" | sed 's/return limit;/return limit + 1;/')"
succeeded runnable
readelf -SW "$WORK/runnable/lib.so" | grep -q ' \.interp ' || fail "runnable: no .interp section"
has runnable 'R_X86_64_PC32[[:space:]]+__kpatch_got.limit-0x4' "load of ORIG's slot for limit (runnable library)"
has runnable 'R_X86_64_PC32[[:space:]]+__kpatch_plt.release-0x4' "call to ORIG's release@plt (runnable library)"
echo "ok: runnable: a library with .interp and a soname is a library"

# ORIG also takes release's address: the call goes through .plt.got, whose
# entry jumps through the GLOB_DAT slot (as libc calls free)
both=$(lib_src 'void *addr_of_release(void) { return (void *)release; }' "release(p);" "")
fixed pltgot "-O2" "" "$both" "$(printf '%s\n' "$both" | sed 's/return limit;/return limit + 1;/')"
succeeded pltgot
entry=$(slot_symbol pltgot __kpatch_plt.release)
[ "$(section_of pltgot "$entry")" = .plt.got ] || fail "pltgot: release's entry 0x$entry is not in .plt.got"
echo "ok: pltgot: __kpatch_plt.release = $entry in .plt.got"

# with IBT the entries that jump through the slots are in .plt.sec
fixed ibt "-O2 -fcf-protection" "-Wl,-z,ibtplt" "$orig" "$patched"
succeeded ibt
entry=$(slot_symbol ibt __kpatch_plt.release)
[ "$(section_of ibt "$entry")" = .plt.sec ] || fail "ibt: release's entry 0x$entry is not in .plt.sec"
echo "ok: ibt: __kpatch_plt.release = $entry in .plt.sec"

# -fno-plt: ORIG calls through its GOT slot, and so does the patch
fixed noplt "-O2 -fno-plt" "" "$orig" "$patched"
succeeded noplt
has noplt 'ff 15 .*call +\*' "indirect call kept"
has noplt 'R_X86_64_PC32[[:space:]]+__kpatch_got.release-0x4' "call through ORIG's slot for release"
hasnt noplt 'addr32 call' "the GOT call was made direct"

# -Bsymbolic: ORIG binds both to itself, and so does the patch
fixed symbolic "-O2" "-Wl,-Bsymbolic" "$orig" "$patched"
succeeded symbolic
has symbolic 'R_X86_64_PC32[[:space:]]+limit-0x4' "direct reference to limit"
has symbolic 'R_X86_64_PC32[[:space:]]+release-0x4' "direct call to release"
hasnt symbolic '__kpatch_(got|plt)' "a slot is used"

# -Bsymbolic-functions: functions bound to ORIG, the variable still through its slot
fixed symfuncs "-O2" "-Wl,-Bsymbolic-functions" "$orig" "$patched"
succeeded symfuncs
has symfuncs 'R_X86_64_PC32[[:space:]]+__kpatch_got.limit-0x4' "load of ORIG's slot for limit"
has symfuncs 'R_X86_64_PC32[[:space:]]+release-0x4' "direct call to release"

# protected: not interposable, direct
prot=$(lib_src "" "release(p);" '__attribute__((visibility("protected")))')
fixed protected "-O2" "" "$prot" "$(printf '%s\n' "$prot" | sed 's/return limit;/return limit + 1;/')"
succeeded protected
has protected 'R_X86_64_PC32[[:space:]]+release-0x4' "direct call to protected release"

# two versions of release: the call goes through ORIG's slot for release@@V2
ver='__attribute__((noipa)) void release_old(void *p) { (void)p; }
__attribute__((noipa)) void release_new(void *p) { (void)p; }
__asm__(".symver release_old, release@V1");
__asm__(".symver release_new, release@@V2");
void release(void *p);
int __attribute__((noinline)) use(void *p) { release(p); return 1; }'
printf 'V1 { global: release; use; local: *; };\nV2 { global: release; } V1;\n' >"$WORK/v.map"
fixed versioned "-O2" "-Wl,--version-script=$WORK/v.map" "$ver" "${ver/return 1;/return 2;}"
succeeded versioned
has versioned 'R_X86_64_PC32[[:space:]]+__kpatch_plt.release-0x4' "call to ORIG's release@plt"
plt=$(objdump -d "$WORK/versioned/lib.so" | awk '$2 == "<release@plt>:" { print $1 }')
[ "$(slot_symbol versioned __kpatch_plt.release)" = "$plt" ] || fail "versioned: not ORIG's release@plt"
echo "ok: versioned: release@@V2 called through $plt"

# the patch stores release's address in its data: it cannot follow the slot
hook='void (*const volatile hook)(void *) = release;'
fixed constant "-O2" "" "$(lib_src "$hook" "release(p);" "")" \
	"$(lib_src "$hook" "release(p); hook(p);" "" | sed 's/return limit;/return limit + 1;/')"
# hook and its initializer stay ORIG's (gensrc): no address of release in
# the patch to refuse; ORIG's code never reads hook through a GOT slot, so
# the patch reads it directly (the limit docs/internals.md names)
succeeded constant
hasnt constant 'R_X86_64_64[[:space:]]+release' "release's address is a constant"
has constant 'R_X86_64_PC32[[:space:]]+hook-0x4' "read of ORIG's hook"
newhook='static void (*const volatile newhook)(void *) = release;'
fixed newconst "-O2" "" "$orig" "$(lib_src "$newhook" "release(p); newhook(p);" "" |
	sed 's/return limit;/return limit + 1;/')"
refused newconst "'release' interposed constant .kpatch"

# ORIG reads release's address but never calls it: no PLT entry for the patch's call
addr=$(lib_src 'void *addr_of_release(void) { return (void *)release; }' "" "")
fixed noentry "-O2" "" "$addr" "$(lib_src 'void *addr_of_release(void) { return (void *)release; }' \
	"release(p);" "")"
refused noentry "'release' PLT call"
# ORIG only calls release, through a lazily bound JUMP_SLOT: not a slot the
# patch may read release's address from
fixed lazy "-O2" "" "$orig" "$(printf '%s\n' "$orig" |
	sed 's/return limit;/return limit + ((void *)release == p);/')"
refused lazy "'release' JUMP_SLOT address"
echo "PASS: interpose"
