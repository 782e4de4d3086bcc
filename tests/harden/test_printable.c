/*
 * printable(): what reaches a terminal from a patch file or a patient is
 * printable ASCII only, and says which bytes it stands for.
 */
#include <string.h>

#include "check.h"
#include "common/printable.h"

static void expect(const char *in, const char *want)
{
	const char *got = printable(in);

	CHECKF(!strcmp(got, want), "printable(...) = \"%s\", not \"%s\"", got, want);
}

int main(void)
{
	char longer[2000], buf[8];
	const char *a, *b;

	expect("compute", "compute");
	expect("", "");
	expect(NULL, "(null)");
	expect("\x1b[2Jx", "\\x1b[2Jx");
	expect("a\\b", "a\\\\b");
	expect("tab\there\n", "tab\\x09here\\x0a");
	expect("\x7f\x80\xff", "\\x7f\\x80\\xff");
	expect("caf\xc3\xa9", "caf\\xc3\\xa9");

	/* long input ends in "..." within PRINTABLE_MAX */
	memset(longer, '\x1b', sizeof(longer) - 1);
	longer[sizeof(longer) - 1] = '\0';
	a = printable(longer);
	CHECK(strlen(a) <= PRINTABLE_MAX && !strcmp(a + strlen(a) - 3, "..."));
	CHECK(!strchr(a, '\x1b'));

	/* several in one message do not overwrite each other */
	a = printable("one");
	b = printable("two");
	CHECK(!strcmp(a, "one") && !strcmp(b, "two"));

	/* a small buffer: truncated, terminated */
	printable_into(buf, sizeof(buf), "\x01\x02\x03");
	CHECK(strlen(buf) < sizeof(buf) && !strcmp(buf + strlen(buf) - 3, "..."));
	printable_into(buf, sizeof(buf), "abc");
	CHECK(!strcmp(buf, "abc"));
	CHECK_DONE();
}
