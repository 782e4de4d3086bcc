/* The patient of the sqlite-patch test: reads, twice a second, a changeset
 * whose one INSERT ends inside its 8-byte integer (CVE-2023-7104).  The
 * bytes that follow the changeset in its buffer hold the rest of the
 * integer: the unfixed library reads them and reports 7, the fixed one
 * reports the changeset corrupt. */
#include <stdio.h>
#include <unistd.h>
#include <sqlite3.h>

static const unsigned char buf[] = {
	'T', 1, 1, 't', 0,		/* table t, one column, its primary key */
	SQLITE_INSERT, 0,		/* an INSERT, not indirect */
	SQLITE_INTEGER, 0, 0, 0,	/* the new value: 3 of its 8 bytes ... */
	0, 0, 0, 0, 7,			/* ... and 5 past the changeset's end */
};

static void read_changeset(void)
{
	sqlite3_changeset_iter *it;
	sqlite3_value *v;
	int rc;

	rc = sqlite3changeset_start(&it, (int)sizeof(buf) - 5, (void *)buf);
	if (rc != SQLITE_OK) {
		printf("changeset: start: %s\n", sqlite3_errstr(rc));
		return;
	}
	rc = sqlite3changeset_next(it);
	if (rc == SQLITE_ROW && sqlite3changeset_new(it, 0, &v) == SQLITE_OK && v)
		printf("changeset: insert %lld\n", sqlite3_value_int64(v));
	else
		printf("changeset: next: %s\n", sqlite3_errstr(rc));
	sqlite3changeset_finalize(it);	/* returns the error seen again */
	fflush(stdout);
}

int main(void)
{
	for (;;) {
		read_changeset();
		usleep(200000);
	}
}
