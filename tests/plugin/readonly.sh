#!/usr/bin/env bash
# Data that nothing writes: a fix may change a static variable's contents or
# size when the plugin proves, in both builds, that no code writes it and
# its address goes nowhere but into loads and read-only builtin arguments.
# Each case is a real two-stage build through the plugin at -O0 and -O2;
# the manual pipeline (kpatch_gensrc) refuses and says the plugin can
# prove it.
set -uo pipefail
plugin=${LIBCARE_PLUGIN:?}
gensrc=${LIBCARE_BIN:?}/kpatch_gensrc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

# write_source FILE TEXT USE: a unit whose static 'msg' holds TEXT and whose
# function show() uses it as USE says.
write_source() {
	cat >"$1" <<EOF
#include <string.h>
void keep(const char *);
const char *saved;
static char msg[] = "$2";
size_t show(char *buf, int i)
{
	size_t n = strlen(msg);

	memcpy(buf, msg, n + 1);
	$3;
	return n + (size_t)msg[i % (int)sizeof(msg)];
}
EOF
}

# build OPT STAGE: compile a.c through the plugin in STAGE, stderr in err
build() {
	gcc "$1" -fplugin="$plugin" -fplugin-arg-libcare-stash="$work/stash" \
		-fplugin-arg-libcare-stage="$2" -c a.c -o a.o 2>err
}

# case NAME OPT ORIG_USE PATCHED_USE PATTERN: the fix lengthens msg; with
# PATTERN empty it must build, else the patched stage must fail saying it.
case_() {
	local name=$1 opt=$2 orig_use=$3 patched_use=$4 pattern=$5
	rm -rf stash
	write_source a.c "hello" "$orig_use"
	build "$opt" original || { cat err >&2; fail "$name $opt: original stage"; }
	gcc "$opt" -S a.c -o orig.s
	write_source a.c "hello, patched world" "$patched_use"
	gcc "$opt" -S a.c -o patched.s
	if [ -z "$pattern" ]; then
		build "$opt" patched || { cat err >&2; fail "$name $opt: the patched stage refused"; }
		objcopy -O binary --only-section=.kpatch.data a.o data.bin
		grep -q "hello, patched world" data.bin ||
			fail "$name $opt: the patch does not carry the new text"
		grep -q "variable 'msg' changed; no code writes it" err ||
			{ cat err >&2; fail "$name $opt: no note about the new copy"; }
		# the manual pipeline cannot prove it: refused, naming the plugin
		if "$gensrc" -i orig.s -i patched.s -o merged.s 2>err; then
			fail "$name $opt: kpatch_gensrc patched a changed variable it cannot prove constant"
		fi
		grep -q "size changed from 6 to 21 bytes.*GCC plugin.*proves such data constant" err ||
			{ cat err >&2; fail "$name $opt: kpatch_gensrc does not say the plugin can prove it"; }
		echo "ok, $name $opt: patched; kpatch_gensrc: $(head -1 err)"
		return
	fi
	if build "$opt" patched; then
		fail "$name $opt: the patched stage changed a variable that is state"
	fi
	grep -qE "^a\.c: error: libcare: .*variable 'msg': size changed from 6 to 21 bytes.*$pattern" err ||
		{ cat err >&2; fail "$name $opt: no '$pattern' in the refusal"; }
	echo "refused, $name $opt: $(grep -o "keeps the old layout.*" err)"
}

for opt in -O0 -O2; do
	case_ "read only" "$opt" "(void)0" "(void)0" ""
	case_ "passed to a function" "$opt" "keep(msg)" "keep(msg)" \
		"in the original build its address is passed to 'keep' in 'show'"
	case_ "stored in a pointer" "$opt" "saved = msg" "saved = msg" \
		"in the original build its address is stored in memory in 'show'"
	case_ "written" "$opt" "msg[i & 3] = 'x'" "msg[i & 3] = 'x'" \
		"in the original build it is written in 'show'"
	case_ "written through a derived pointer" "$opt" \
		"*strchr(msg, 'l') = 'L'" "*strchr(msg, 'l') = 'L'" \
		"in the original build it is written in 'show'"
	case_ "written only after the fix" "$opt" "(void)0" "msg[i & 3] = 'x'" \
		"in the patched build it is written in 'show'"
done

# A stash from before read-only records: refused, saying what to do.
rm -rf stash
write_source a.c "hello" "(void)0"
build -O2 original || { cat err >&2; fail "old stash: original stage"; }
rm "$(find stash -name 'a.o.original.readonly')"
write_source a.c "hello, patched world" "(void)0"
if build -O2 patched; then
	fail "old stash: the patched stage changed a variable without the original's record"
fi
grep -q "the original build has no read-only record.*build the original stage again" err ||
	{ cat err >&2; fail "old stash: the refusal does not say what to do"; }
echo "refused, stash without a record: $(grep -o "keeps the old layout.*" err)"

# Forms of the analysis that are easy to get wrong, read from the record.
# record OPT: compile adv.c in the original stage and print its record.
cat >adv.c <<'EOF'
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static char fmt[] = "%d\n";
static char counted[] = "xxxx";
static char shown[] = "shown";
static char via_int[] = "int";
static char ret[] = "ret";
static char in_table[] = "table";
static const char *table[] = { in_table, "other" };
static char sw0[] = "a", sw1[] = "b", sw2[] = "c", sw3[] = "d", sw4[] = "e";
static volatile int vol;
const char *get(void) { return ret; }
int f(int i, int *n)
{
	uintptr_t u = (uintptr_t)via_int + 1;
	char *s;

	*(char *)u = 0;
	printf(fmt, i);
	printf("%s:", shown);
	printf("%n", (int *)counted);
	*n = 0;
	switch (i) {
	case 0: s = sw0; break;
	case 1: s = sw1; break;
	case 2: s = sw2; break;
	case 3: s = sw3; break;
	case 4: s = sw4; break;
	default: return 0;
	}
	s[0] = 'z';
	return table[i & 1][0] + vol;
}
EOF
record() {
	rm -rf stash
	gcc $1 -fplugin="$plugin" -fplugin-arg-libcare-stash="$work/stash" \
		-fplugin-arg-libcare-stage=original -c adv.c -o adv.o 2>err ||
		{ cat err >&2; fail "adv.c $1: original stage"; }
	cat "$(find stash -name 'adv.o.original.readonly')"
}
for opt in -O0 -O2 "-O2 -fno-pie"; do
	record "$opt" >rec
	expect() {
		grep -qxF "$1" rec || { cat rec >&2; fail "adv.c $opt: no line '$1' in the record"; }
	}
	expect "readonly fmt"
	expect "readonly shown"
	expect "state counted: its address is passed to 'printf' in 'f'"
	expect "state via_int: it is written in 'f'"
	expect "state ret: its address is returned in 'get'"
	expect "state in_table: its address is in the initializer of 'table'"
	expect "state vol: it is volatile"
	for v in sw0 sw1 sw2 sw3 sw4; do
		grep -q "^state $v: " rec || { cat rec >&2; fail "adv.c $opt: $v is written but not state"; }
	done
	echo "ok, record $opt: $(grep -c '^state' rec) state, $(grep -c '^readonly' rec) read-only"
done
echo "PASS: readonly"
