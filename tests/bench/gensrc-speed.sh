#!/usr/bin/env bash
# kpatch_gensrc's throughput and memory on one large translation unit:
# MB of original assembly per CPU second (user + system), and its peak RSS
# over the size of both inputs.  The pair is, in order of preference:
#   - ORIG.s PATCHED.s given on the command line;
#   - sqlite 3's amalgamation (8 MB of C, about 48 MB of -O2 -g assembly)
#     when tests/distro's cache holds Debian's sqlite3 source and tclsh is
#     there: generated, compiled with Debian's CFLAGS, and patched in one
#     function (sqlite3_libversion_number);
#   - a generated unit of FUNCS functions (structs passed by pointer, jump
#     tables, strings, function statics), patched in one function.
# Prints the median of RUNS runs.  Not a test: it checks only that gensrc
# succeeds.
# Usage: gensrc-speed.sh [-r RUNS] [-n FUNCS] [ORIG.s PATCHED.s]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
bin=${LIBCARE_BIN:-$top/build/bin}
cache=${LIBCARE_SOURCE_CACHE:-$bin/../distro-source}
runs=3 funcs=2000
while getopts r:n: opt; do
	case $opt in
	r) runs=$OPTARG ;;
	n) funcs=$OPTARG ;;
	*) echo "usage: $0 [-r RUNS] [-n FUNCS] [ORIG.s PATCHED.s]" >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DEB_BUILD_MAINT_OPTIONS=
cflags="$(dpkg-buildflags --get CFLAGS 2>/dev/null || echo -g -O2) -O2 -g"

# generate N: a C unit of N functions on stdout (N/2 of them change nothing
# else: one per call site of a shared helper keeps GCC from merging them)
generate() {
	awk -v n="$1" 'BEGIN {
		print "#include <stdio.h>\n#include <string.h>"
		print "struct item { int id; long weight; char name[24]; struct item *next; };"
		print "struct table { struct item *slots[64]; unsigned count; double load; };"
		print "int helper(const struct item *it, int k) { return it ? it->id * k : k; }"
		for (i = 0; i < n; i++) {
			printf "int f%d(struct table *t, const char *key, int mode)\n{\n", i
			printf "\tstatic int calls;\n\tstruct item *it = t->slots[(unsigned)mode %% 64];\n"
			printf "\tint r = 0;\n\n\tcalls++;\n\tswitch (mode) {\n"
			for (c = 0; c < 6; c++)
				printf "\tcase %d: r = helper(it, %d) + %d; break;\n", c, i + c, c * 7 + i % 13
			printf "\tdefault: r = (int)strlen(key) + calls;\n\t}\n"
			printf "\tfor (; it; it = it->next)\n\t\tif (!strcmp(it->name, \"key-%d\"))\n", i
			printf "\t\t\tr += it->weight > %d ? 1 : -1;\n", i % 97
			printf "\tt->count += r;\n\tif (r < 0)\n\t\tfprintf(stderr, \"f%d: %%s %%d\\n\", key, r);\n", i
			printf "\treturn r;\n}\n\n"
		}
	}'
}

if [ $# -eq 2 ]; then
	orig=$1 patched=$2
	what="$1 / $2"
elif [ $# -ne 0 ]; then
	echo "usage: $0 [-r RUNS] [-n FUNCS] [ORIG.s PATCHED.s]" >&2
	exit 2
elif [ -d "$cache/sqlite3/src" ] && command -v tclsh >/dev/null; then
	echo "gensrc-speed: making sqlite3.c from $cache/sqlite3/src ..." >&2
	cp -a "$cache/sqlite3/src" "$work/sqlite"
	(cd "$work/sqlite" && mkdir bld && cd bld &&
		../configure --with-tcl=/usr/lib/"$(dpkg-architecture -qDEB_HOST_MULTIARCH)"/tcl8.6 \
			>../configure.log 2>&1 && make -s sqlite3.c >../make.log 2>&1) ||
		{ echo "gensrc-speed: generating sqlite3.c failed (see $work/sqlite/*.log)" >&2; exit 1; }
	mkdir "$work/a" "$work/b"
	cp "$work/sqlite/bld/sqlite3.c" "$work/a/sqlite3.c"
	sed 's/return SQLITE_VERSION_NUMBER;/return SQLITE_VERSION_NUMBER + 1;/' \
		"$work/a/sqlite3.c" >"$work/b/sqlite3.c"
	cmp -s "$work/a/sqlite3.c" "$work/b/sqlite3.c" &&
		{ echo "gensrc-speed: this sqlite3.c has no sqlite3_libversion_number to change" >&2; exit 1; }
	(cd "$work/a" && gcc $cflags -fPIC -DSQLITE_THREADSAFE=1 -S sqlite3.c) &
	(cd "$work/b" && gcc $cflags -fPIC -DSQLITE_THREADSAFE=1 -S sqlite3.c)
	wait $!
	orig=$work/a/sqlite3.s patched=$work/b/sqlite3.s
	what="sqlite3.c (amalgamation, $cflags)"
else
	echo "gensrc-speed: generating a unit of $funcs functions ..." >&2
	mkdir "$work/a" "$work/b"
	generate "$funcs" >"$work/a/unit.c"
	sed 's/^\tcase 3: r = helper(it, 3) + 21; break;$/\tcase 3: r = helper(it, 4) + 21; break;/' \
		"$work/a/unit.c" >"$work/b/unit.c"
	(cd "$work/a" && gcc $cflags -S unit.c) &
	(cd "$work/b" && gcc $cflags -S unit.c)
	wait $!
	orig=$work/a/unit.s patched=$work/b/unit.s
	what="a generated unit of $funcs functions ($cflags)"
fi

size_o=$(stat -c %s "$orig")
size_p=$(stat -c %s "$patched")
for ((i = 0; i < runs; i++)); do
	/usr/bin/time -f "%U %S %M" -o "$work/time.$i" \
		"$bin/kpatch_gensrc" -i "$orig" -i "$patched" -o "$work/out.s" 2>"$work/log" ||
		{ cat "$work/log" >&2; echo "gensrc-speed: kpatch_gensrc failed" >&2; exit 1; }
done
cat "$work"/time.* | awk -v so="$size_o" -v sp="$size_p" -v what="$what" -v runs="$runs" '
	{ cpu[NR] = $1 + $2; user[NR] = $1; rss[NR] = $3 }
	function median(a, n,    i, j, t) {
		for (i = 1; i <= n; i++)
			for (j = i + 1; j <= n; j++)
				if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return a[int((n + 1) / 2)]
	}
	END {
		c = median(cpu, NR); u = median(user, NR); r = median(rss, NR)
		printf "gensrc-speed: %s\n", what
		printf "  input      %.1f MB original, %.1f MB patched\n", so / 1e6, sp / 1e6
		printf "  cpu        %.2f s (user %.2f s), median of %d\n", c, u, runs
		printf "  throughput %.1f MB/s of original assembly per CPU second\n", so / 1e6 / (c > 0 ? c : 0.01)
		printf "  peak RSS   %.1f MB = %.2f x both inputs\n", r * 1024 / 1e6, r * 1024 / (so + sp)
	}'
