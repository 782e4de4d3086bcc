#!/usr/bin/env bash
# layout.sh: fixes that change the layout of a struct or union their changed
# code uses are refused naming the type and the member, through the plugin
# (GCC's types, -O0 and -O2) and through kpatch_gensrc on two -g .s files
# (DWARF, read from the text or through the assembler); fixes that leave every layout the changed code uses alone are
# not (types only unchanged code uses, renames, typedef'd and incomplete
# types, new types, two block-scope types of one tag); layout-ok lets a
# refused one through.
set -uo pipefail
plugin=${LIBCARE_PLUGIN:?}
gensrc=${LIBCARE_GENSRC:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
checked=0

# build FLAVOR CASE: stderr of the patched build in CASE/err, status returned.
build() {
	local flavor=$1 dir=$2 rc
	rm -rf "$dir/run" && mkdir -p "$dir/run" && cd "$dir/run" || return 99
	case $flavor in
	plugin-O0 | plugin-O2)
		local o=${flavor#plugin-}
		local plug=(-"$o" -fplugin="$plugin" -fplugin-arg-libcare-stash="$PWD/stash" ${PLUGIN_ARGS:-})
		cp ../orig.c x.c
		gcc "${plug[@]}" -fplugin-arg-libcare-stage=original -c x.c -o x.o 2>../err ||
			{ cat ../err >&2; fail "$dir: the original stage failed"; }
		cp ../patched.c x.c
		gcc "${plug[@]}" -fplugin-arg-libcare-stage=patched -c x.c -o x.o 2>../err
		rc=$?
		;;
	manual-O0g | manual-O2g | manual-as-O2g)
		local o=${flavor##*-}
		cp ../orig.c x.c
		gcc -"${o%g}" -g -S x.c -o orig.s || fail "$dir: gcc"
		cp ../patched.c x.c
		gcc -"${o%g}" -g -S x.c -o patched.s || fail "$dir: gcc"
		# manual-as: the debug sections through the assembler, not read from the text
		KPATCH_GENSRC_ASSEMBLE=$([ "$flavor" = manual-as-O2g ] && echo 1 || echo 0) \
			"$gensrc" ${GENSRC_ARGS:-} -i orig.s -i patched.s -o merged.s 2>../err
		rc=$?
		[ $rc != 0 ] || gcc -c merged.s -o merged.o || fail "$dir: merged.s does not assemble"
		;;
	esac
	cd "$work" || exit 1
	return $rc
}

# expect CASE ok|"MESSAGE": every flavor builds, or refuses with MESSAGE
expect() {
	local dir=$1 want=$2 flavor
	for flavor in plugin-O0 plugin-O2 manual-O0g manual-O2g manual-as-O2g; do
		if build "$flavor" "$dir"; then
			[ "$want" = ok ] || fail "$dir ($flavor): built; expected a refusal: $want"
			grep -q "error" "$dir/err" && { cat "$dir/err" >&2; fail "$dir ($flavor): errors"; }
		else
			[ "$want" != ok ] || { cat "$dir/err" >&2; fail "$dir ($flavor): refused"; }
			grep -qF -- "$want" "$dir/err" ||
				{ cat "$dir/err" >&2; fail "$dir ($flavor): no '$want'"; }
		fi
		checked=$((checked + 1))
	done
	echo "ok $dir: ${want}"
}

# pair CASE: CASE/orig.c from stdin up to a line "----", then CASE/patched.c
pair() {
	mkdir -p "$1"
	awk -v o="$1/orig.c" -v p="$1/patched.c" '
		/^----$/ { f = 1; next } { print > (f ? p : o) }'
}

pair type <<'EOF'
#include <stdio.h>
struct msg { int id; int code; };
__attribute__((noinline)) void show(struct msg *m) { printf("%d %d\n", m->id, m->code); }
----
#include <stdio.h>
struct msg { int id; long code; };
__attribute__((noinline)) void show(struct msg *m) { printf("%d %ld!\n", m->id, m->code); }
EOF
expect type "struct msg: member code changed type from int to long int"

pair offset <<'EOF'
#include <stdio.h>
struct msg { int id; int code; };
__attribute__((noinline)) void show(struct msg *m) { printf("%d %d\n", m->id, m->code); }
----
#include <stdio.h>
struct msg { int id; int flags; int code; };
__attribute__((noinline)) void show(struct msg *m) { printf("%d %d!\n", m->id, m->code); }
EOF
expect offset "struct msg: member code offset 4 -> 8; member flags added at offset 4 (int); size 8 -> 12"

pair local <<'EOF'
#include <stdio.h>
struct acc { long total; };
__attribute__((noinline)) long sum(int n) { struct acc a = { 0 }; for (int i = 0; i < n; i++) a.total += i; return a.total; }
----
#include <stdio.h>
struct acc { long total; int n; };
__attribute__((noinline)) long sum(int n) { struct acc a = { 0, n }; for (int i = 0; i < a.n; i++) a.total += i * 2; return a.total; }
EOF
expect local "struct acc: member n added at offset 8 (int); size 8 -> 16"

pair typedef <<'EOF'
typedef struct { int a; int b; } pair_t;
__attribute__((noinline)) int add(pair_t *p) { return p->a + p->b; }
----
typedef struct { int a; long b; } pair_t;
__attribute__((noinline)) int add(pair_t *p) { return p->a + (int)p->b + 1; }
EOF
expect typedef "pair_t: member b changed type from int to long int"

pair embedded <<'EOF'
struct inner { int v; int w; };
struct outer { struct inner in; int x; };
__attribute__((noinline)) int get(struct outer *o) { return o->x; }
----
struct inner { float v; int w; };
struct outer { struct inner in; int x; };
__attribute__((noinline)) int get(struct outer *o) { return o->x + 1; }
EOF
expect embedded "struct inner: member v changed type from int to float"

pair union <<'EOF'
union val { int i; float f; };
__attribute__((noinline)) int geti(union val *v) { return v->i; }
----
union val { int i; float f; double d; };
__attribute__((noinline)) int geti(union val *v) { return v->i + 1; }
EOF
expect union "union val: member d added at offset 0 (double); size 4 -> 8"

pair bitfield <<'EOF'
struct flags { unsigned a:3, b:5; };
__attribute__((noinline)) unsigned getb(struct flags *f) { return f->b; }
----
struct flags { unsigned a:4, b:5; };
__attribute__((noinline)) unsigned getb(struct flags *f) { return f->b + 1; }
EOF
expect bitfield "struct flags: member a offset 0:0/3 -> 0:0/4; member b offset 0:3/5 -> 0:4/5"

pair anonymous-member <<'EOF'
struct node { int kind; union { int i; long l; }; };
__attribute__((noinline)) long value(struct node *n) { return n->kind ? n->l : n->i; }
----
struct node { int kind; union { short i; long l; }; };
__attribute__((noinline)) long value(struct node *n) { return n->kind ? n->l : n->i + 1; }
EOF
expect anonymous-member "struct node: member i changed type from int to short int"

pair typedef-named <<'EOF'
typedef struct msg msg_t;
struct msg { int id; int code; };
__attribute__((noinline)) int code(msg_t *m) { return m->code; }
----
typedef struct msg msg_t;
struct msg { int id; char code; };
__attribute__((noinline)) int code(msg_t *m) { return m->code + 1; }
EOF
expect typedef-named "struct msg: member code changed type from int to char"

# -- no refusal --

pair unused <<'EOF'
#include <stdio.h>
struct stats { long hits; };
__attribute__((noinline)) long hits(struct stats *s) { return s->hits; }
__attribute__((noinline)) void greet(void) { puts("hello"); }
----
#include <stdio.h>
struct stats { long hits; long misses; };
__attribute__((noinline)) long hits(struct stats *s) { return s->hits; }
__attribute__((noinline)) void greet(void) { puts("hello, world"); }
EOF
expect unused ok

pair rename <<'EOF'
struct msg { int id; int code; };
__attribute__((noinline)) int code(struct msg *m) { return m->code; }
----
struct msg { int id; int status; };
__attribute__((noinline)) int code(struct msg *m) { return m->status + 1; }
EOF
expect rename ok

pair incomplete <<'EOF'
struct opaque;
int use_opaque(struct opaque *);
__attribute__((noinline)) int call(struct opaque *o) { return use_opaque(o); }
----
struct opaque;
int use_opaque(struct opaque *);
__attribute__((noinline)) int call(struct opaque *o) { return use_opaque(o) + 1; }
EOF
expect incomplete ok

pair newtype <<'EOF'
#include <stdio.h>
__attribute__((noinline)) void show(int a) { printf("%d\n", a); }
----
#include <stdio.h>
struct shown { int a; int times; };
__attribute__((noinline)) void show(int a) { struct shown s = { a, 2 }; printf("%d %d\n", s.a, s.times); }
EOF
expect newtype ok

pair block-scope <<'EOF'
__attribute__((noinline)) int f1(int x) { struct tmp { int a; } t = { x }; return t.a; }
__attribute__((noinline)) long f2(long x) { struct tmp { long b; long c; } t = { x, x }; return t.b * t.c; }
----
__attribute__((noinline)) int f1(int x) { struct tmp { int a; } t = { x }; return t.a + 1; }
__attribute__((noinline)) long f2(long x) { struct tmp { long b; long c; } t = { x, x }; return t.b * t.c; }
EOF
expect block-scope ok

pair anonymous <<'EOF'
__attribute__((noinline)) int f(int x) { struct { int a; } t = { x }; return t.a; }
----
__attribute__((noinline)) long f(int x) { struct { long a; } t = { x }; return t.a + 1; }
EOF
expect anonymous ok

# -- the override --
LIBCARE_LAYOUT_OK=msg expect type ok
PLUGIN_ARGS=-fplugin-arg-libcare-layout-ok=pair_t,other GENSRC_ARGS=--layout-ok=pair_t,other \
	expect typedef ok
LIBCARE_LAYOUT_OK="struct msg" expect offset ok
LIBCARE_LAYOUT_OK="union msg" expect offset "struct msg: member code offset 4 -> 8"

echo "PASS: layout ($checked builds)"
