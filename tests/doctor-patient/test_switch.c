/*
 * The switch and its undo against a real patient.  Built with
 * -Wl,--wrap=patient_write, so every write the doctor makes in a patch, an
 * unpatch or an upgrade can be made to fail in turn (half of it landing,
 * as a write cut short would): each time the call must fail and leave the
 * patient exactly as it was, entry bytes, records and mappings, and
 * printing what it printed before, the code of every executable mapping
 * the file's own bytes (no stub of an injected call left behind).  Then a
 * write fails and so does one of its undo writes, each pair in turn, on a
 * fresh patient: the call must fail with -ERR_ROLLBACK and one "rollback
 * failed" line naming the address left half-patched, the patch region
 * kept (when the patient, half-patched, is still there to tell).  The
 * write of the stop figure into the record, made once the patient runs
 * again, is tried apart: failing, it loses the figure, never the patch.
 * A record rewritten in version 1's layout is read, shown and taken off.
 * Needs root (exit 77 otherwise).
 *
 * test_switch PROG LEVEL1.kpatch LEVEL2.kpatch: PROG prints
 * "first second third" values; level 1 redirects first and second, level
 * 2 first and third (see switch/).
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/log.h"
#include "doctor/apply.h"
#include "doctor/info.h"
#include "doctor/patchfile.h"
#include "doctor/patient.h"
#include "doctor/record.h"
#include "tests/check.h"

#define TIMEOUT_MS	2000
#define NFUNCS		3	/* first, second, third */

static const char *const func_names[NFUNCS] = { "first", "second", "third" };

/* --- the failing write --- */

int __real_patient_write(struct patient *p, uint64_t addr, const void *buf, size_t len);
int __wrap_patient_write(struct patient *p, uint64_t addr, const void *buf, size_t len);

static int fail_at;	/* the write to fail, counting from 1; 0: none */
static int fail_also;	/* a later write (an undo) to fail too; 0: none */
static uint64_t fail_also_addr;	/* where that one wrote */
static int writes;	/* writes seen since reset_writes() */
static int fail_stop;	/* fail the writes of the stop figure */
static int stop_writes;	/* those seen since reset_writes(), not in writes */

/* The write of how long an apply stopped the patient, into the record at
 * the start of a page-aligned region, once it runs again. */
static int is_stop_write(uint64_t addr, size_t len)
{
	return len == sizeof(uint64_t) && (addr & 4095) == offsetof(struct record_header, stopped_ns);
}

int __wrap_patient_write(struct patient *p, uint64_t addr, const void *buf, size_t len)
{
	/* after the switch, nothing to undo: tried apart (stop_figure_lost) */
	if (is_stop_write(addr, len)) {
		stop_writes++;
		return fail_stop ? -EIO : __real_patient_write(p, addr, buf, len);
	}
	if (++writes != fail_at && writes != fail_also)
		return __real_patient_write(p, addr, buf, len);
	if (writes == fail_also)
		fail_also_addr = addr;
	/* cut short: the first half lands, the call fails */
	if (len / 2)
		__real_patient_write(p, addr, buf, len / 2);
	return -EIO;
}

static void reset_writes2(int fail, int also)
{
	writes = 0;
	stop_writes = 0;
	fail_at = fail;
	fail_also = also;
	fail_also_addr = 0;
}

static void reset_writes(int fail)
{
	reset_writes2(fail, 0);
}

/* --- what the doctor says --- */

static char log_text[8192];

static void capture(enum log_level level, const char *message)
{
	size_t used = strlen(log_text);

	if (level == LOG_LEVEL_WARN)
		snprintf(log_text + used, sizeof(log_text) - used, "%s", message);
}

/* Lines of the captured log holding TEXT. */
static int log_lines_with(const char *text)
{
	int n = 0;

	for (const char *line = log_text; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		const char *hit = strstr(line, text);

		n += hit && hit < line + len;
		line += len + (end != NULL);
	}
	return n;
}

/* --- the patient --- */

static pid_t child;
static int child_out = -1;

static void stop_child(void)
{
	if (child > 0) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
}

static int start_child(const char *prog)
{
	static int registered;
	int fds[2];

	stop_child();
	if (child_out >= 0)
		close(child_out);
	if (pipe(fds))
		return -errno;
	child = fork();
	if (child < 0)
		return -errno;
	if (!child) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		execl(prog, prog, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	child_out = fds[0];
	fcntl(child_out, F_SETFL, O_NONBLOCK);
	if (!registered++)
		atexit(stop_child);
	return 0;
}

/*
 * A line the patient printed after this call: what came before is dropped.
 * Each line is one write of a few bytes, so a read starts at a line.
 */
static int fresh_line(char *line, size_t size)
{
	char buf[4096];
	struct pollfd pfd = { child_out, POLLIN, 0 };
	ssize_t r;

	while (read(child_out, buf, sizeof(buf)) > 0)
		;
	if (poll(&pfd, 1, TIMEOUT_MS) <= 0)
		return -ETIMEDOUT;
	r = read(child_out, buf, sizeof(buf) - 1);
	if (r <= 0)
		return -EIO;
	buf[r] = '\0';
	r = (ssize_t)strcspn(buf, "\n");
	if ((size_t)r >= size)
		r = (ssize_t)size - 1;
	memcpy(line, buf, (size_t)r);
	line[r] = '\0';
	return 0;
}

static int read_mem(uint64_t addr, void *buf, size_t len)
{
	char name[64];
	int fd, ok;

	snprintf(name, sizeof(name), "/proc/%d/mem", (int)child);
	fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	ok = pread(fd, buf, len, (off_t)addr) == (ssize_t)len;
	close(fd);
	return ok ? 0 : -EIO;
}

static int write_mem(uint64_t addr, const void *buf, size_t len)
{
	char name[64];
	int fd, ok;

	snprintf(name, sizeof(name), "/proc/%d/mem", (int)child);
	fd = open(name, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	ok = pwrite(fd, buf, len, (off_t)addr) == (ssize_t)len;
	close(fd);
	return ok ? 0 : -EIO;
}

static char *read_maps(void)
{
	char name[64], *text = NULL;
	size_t size = 0;
	FILE *f, *m;
	int c;

	snprintf(name, sizeof(name), "/proc/%d/maps", (int)child);
	f = fopen(name, "re");
	m = open_memstream(&text, &size);
	if (!f || !m) {
		if (f)
			fclose(f);
		if (m)
			fclose(m);
		free(text);
		return NULL;
	}
	while ((c = fgetc(f)) != EOF)
		fputc(c, m);
	fclose(f);
	fclose(m);
	return text;
}

/* Bytes mapped in all, by a maps text: adjacent mappings of the same
 * kind merge into one line, so lines are no measure. */
static unsigned long long mapped_bytes(const char *text)
{
	unsigned long long total = 0, start, end;

	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');

		if (sscanf(line, "%llx-%llx", &start, &end) == 2)
			total += end - start;
		line = nl ? nl + 1 : NULL;
	}
	return total;
}

/* --- what the patient must look like --- */

/* The bytes at each entry, the one patch applied (level 0: none), and the
 * line it prints. */
struct state {
	const char *name;
	uint8_t entry[NFUNCS][8];
	unsigned level;
	const char *line;
};

static uint64_t func_addr[NFUNCS];
static uint32_t jump_len;

/* The entry addresses, original bytes and jumps of the one applied patch. */
static int learn(struct state *orig, struct state *patched)
{
	struct applied_patch *ap = NULL;
	struct patient *p;
	size_t n = 0;
	int ret = patient_open(child, &p);

	if (ret)
		return ret;
	ret = record_scan(p, &ap, &n);
	if (!ret && n != 1)
		ret = -ENOENT;
	for (uint32_t i = 0; !ret && i < ap[0].hdr.nr_funcs; i++)
		for (int f = 0; f < NFUNCS; f++) {
			if (strcmp(ap[0].names[i], func_names[f]))
				continue;
			func_addr[f] = ap[0].funcs[i].old_addr;
			jump_len = ap[0].funcs[i].len;
			memcpy(orig->entry[f], ap[0].funcs[i].saved, jump_len);
			memcpy(patched->entry[f], ap[0].funcs[i].jump, jump_len);
		}
	record_free(ap, n);
	patient_close(p);
	return ret;
}

static int is_entry(uint64_t addr)
{
	for (int f = 0; f < NFUNCS; f++)
		if (func_addr[f] && addr >= func_addr[f] && addr < func_addr[f] + jump_len)
			return 1;
	return 0;
}

/*
 * Every executable file mapping of the patient holds its file's bytes (or
 * zeros past the end of the file), entries aside: no stub of an injected
 * call, no stray write, left anywhere in the code.
 */
static void check_code_is_files(const char *when)
{
	char name[64], line[4352], path[4096], perms[8];
	unsigned long long start, end, offset;
	FILE *maps;

	snprintf(name, sizeof(name), "/proc/%d/maps", (int)child);
	maps = fopen(name, "re");
	CHECKF(maps, "%s: %s", when, name);
	while (maps && fgets(line, sizeof(line), maps)) {
		size_t len, have;
		uint8_t *mem, *file;
		FILE *f;

		path[0] = '\0';
		if (sscanf(line, "%llx-%llx %7s %llx %*s %*s %4095s", &start, &end, perms, &offset,
			   path) < 4 || perms[2] != 'x' || path[0] != '/')
			continue;
		len = end - start;
		mem = malloc(len);
		file = calloc(1, len);
		f = fopen(path, "re");
		CHECKF(mem && file && f, "%s: reading %s", when, path);
		if (mem && file && f) {
			fseek(f, (long)offset, SEEK_SET);
			have = fread(file, 1, len, f);
			CHECKF(!read_mem(start, mem, len), "%s: reading %llx-%llx", when, start, end);
			for (size_t i = 0; i < len; i++)
				if (mem[i] != file[i] && !is_entry(start + i)) {
					CHECKF(0, "%s: %s at 0x%llx (%s): 0x%02x, the file has 0x%02x",
					       when, path, start + i, i < have ? "in the file" : "past it",
					       mem[i], file[i]);
					break;
				}
		}
		if (f)
			fclose(f);
		free(mem);
		free(file);
	}
	if (maps)
		fclose(maps);
}

/* Checks the patient is in state S, with the mappings MAPS (NULL: any). */
static void check_state(const struct state *s, const char *when, const char *maps)
{
	struct applied_patch *ap = NULL;
	struct patient *p;
	char line[256] = "", *now;
	size_t n = 0;
	uint8_t bytes[8];
	int status;

	if (waitpid(child, &status, WNOHANG) == child) {
		fprintf(stderr, "FAIL: %s: the patient died (status 0x%x)\n", when, status);
		child = 0;
		exit(1);
	}

	for (int f = 0; f < NFUNCS; f++) {
		if (!func_addr[f])
			continue;	/* not learnt yet */
		CHECKF(!read_mem(func_addr[f], bytes, jump_len), "%s: reading %s", when, func_names[f]);
		CHECKF(!memcmp(bytes, s->entry[f], jump_len), "%s: the entry of %s is not %s's", when,
		       func_names[f], s->name);
	}
	CHECKF(!patient_open(child, &p), "%s: patient_open", when);
	CHECKF(!record_scan(p, &ap, &n), "%s: record_scan", when);
	CHECKF(n == (s->level ? 1 : 0), "%s: %zu records, %s has %d", when, n, s->name,
	       s->level ? 1 : 0);
	for (size_t i = 0; i < n && s->level; i++) {
		CHECKF(ap[i].hdr.patchlevel == s->level, "%s: level %u applied, not %u", when,
		       ap[i].hdr.patchlevel, s->level);
		CHECKF(ap[i].hdr.state == RECORD_APPLIED, "%s: the record says %s", when,
		       record_state_name(&ap[i]));
		CHECKF(ap[i].nr_redirected == ap[i].hdr.nr_funcs, "%s: %zu of %u redirected", when,
		       ap[i].nr_redirected, ap[i].hdr.nr_funcs);
	}
	record_free(ap, n);
	patient_close(p);
	if (maps) {
		now = read_maps();
		CHECKF(now && !strcmp(now, maps), "%s: the mappings changed:\n%s\n--- now:\n%s", when,
		       maps, now ? now : "?");
		free(now);
	}
	check_code_is_files(when);
	CHECKF(!fresh_line(line, sizeof(line)) && !strcmp(line, s->line),
	       "%s: the patient prints '%s', not '%s'", when, line, s->line);
}

/* --- the operations --- */

static struct patch_file *level1, *level2;

static int patch(struct patch_file *pf)
{
	size_t hunks;

	return patch_process(child, &pf, 1, 1, TIMEOUT_MS, &hunks);
}

static int unpatch(void)
{
	size_t hunks;

	return unpatch_process(child, NULL, NULL, 0, TIMEOUT_MS, &hunks);
}

/* Fails each of the N writes of OP in turn; the patient must stay in S. */
static void fail_each(const char *what, int (*op)(void), int n, const struct state *s)
{
	char when[128];
	char *maps = read_maps();
	int ret;

	CHECKF(maps, "reading the mappings");
	for (int k = 1; k <= n; k++) {
		snprintf(when, sizeof(when), "%s, write %d of %d failing", what, k, n);
		reset_writes(k);
		ret = op();
		reset_writes(0);
		CHECKF(ret == -EIO, "%s: returned %d (%s)", when, ret, libcare_strerror(ret));
		check_state(s, when, maps);
	}
	free(maps);
}

static int patch_level1(void)
{
	return patch(level1);
}

static int patch_level2(void)
{
	return patch(level2);
}

/* The stop figure of the one applied patch's record, or -1. */
static long long record_stop(void)
{
	struct applied_patch *ap = NULL;
	struct patient *p;
	long long ns = -1;
	size_t n = 0;

	if (patient_open(child, &p))
		return -1;
	if (!record_scan(p, &ap, &n) && n == 1)
		ns = (long long)ap[0].hdr.stopped_ns;
	record_free(ap, n);
	patient_close(p);
	return ns;
}

/*
 * The stop figure is written once the patient runs again: losing that
 * write loses the figure (0 in the record, "not known"), never the patch.
 * OP brings the patient from FROM to TO, UNDO back.
 */
static void stop_figure_lost(const char *what, int (*op)(void), int (*undo)(void),
			     const struct state *to)
{
	char when[128];
	int ret;

	snprintf(when, sizeof(when), "%s, the stop figure's write failing", what);
	reset_writes(0);
	fail_stop = 1;
	ret = op();
	fail_stop = 0;
	CHECKF(ret == 0 && stop_writes == 1, "%s: returned %d (%s) after %d stop write(s)", when,
	       ret, libcare_strerror(ret), stop_writes);
	check_state(to, when, NULL);
	CHECKF(record_stop() == 0, "%s: the record says the stop was %lld ns", when, record_stop());
	CHECKF(!undo(), "%s: undoing it", when);
}

/*
 * A record of version 1 (what an older doctor left in a patient: the
 * header without stopped_ns, the functions right after it) is still read,
 * shown with its stop unknown, and taken off.  The one in the patient,
 * applied at level 1, is rewritten in that layout here.
 */
static void old_record(const struct state *s1, const struct state *s0)
{
	struct applied_patch *ap = NULL;
	struct record_header h;
	struct patient *p;
	char *text = NULL, *json = NULL;
	size_t n = 0, size;
	FILE *out;
	void *funcs = NULL;

	CHECK(!patient_open(child, &p));
	CHECK(!record_scan(p, &ap, &n) && n == 1);
	patient_close(p);
	if (n != 1)
		return;
	h = ap[0].hdr;
	size = h.nr_funcs * sizeof(struct record_func);
	funcs = malloc(size);
	CHECK(funcs && !read_mem(h.region_start + sizeof(h), funcs, size));
	h.version = 1;
	CHECK(!write_mem(h.region_start, &h, RECORD_V1_HEADER_SIZE) &&
	      !write_mem(h.region_start + RECORD_V1_HEADER_SIZE, funcs, size));
	free(funcs);
	record_free(ap, n);

	check_state(s1, "a version 1 record", NULL);
	CHECK(!patient_open(child, &p));
	CHECK(!record_scan(p, &ap, &n) && n == 1);
	patient_close(p);
	for (size_t i = 0; i < n; i++) {
		CHECKF(ap[i].hdr.version == 1 && ap[i].hdr.stopped_ns == 0,
		       "version 1 record read as version %u, stopped %llu ns", ap[i].hdr.version,
		       (unsigned long long)ap[i].hdr.stopped_ns);
		for (uint32_t k = 0; k < ap[i].hdr.nr_funcs; k++)
			CHECKF(!strcmp(ap[i].names[k], func_names[0]) ||
			       !strcmp(ap[i].names[k], func_names[1]),
			       "version 1 record: function %u is '%s'", k, ap[i].names[k]);
	}
	record_free(ap, n);
	out = open_memstream(&text, &size);
	CHECK(out && !info_process(child, 0, out));
	if (out)
		fclose(out);
	CHECKF(text && strstr(text, " Patch level: 1\n") && !strstr(text, "Stopped:"),
	       "info of a version 1 record:\n%s", text ? text : "");
	out = open_memstream(&json, &size);
	CHECK(out && !info_process(child, 1, out));
	if (out)
		fclose(out);
	CHECKF(json && strstr(json, "\"stopped_us\": null"), "info --json of a version 1 record:\n%s",
	       json ? json : "");
	free(text);
	free(json);
	CHECK(!unpatch());
	check_state(s0, "a version 1 record taken off", NULL);
}

/* Runs OP with nothing failing; its count of writes. */
static int count_writes(int (*op)(void), const char *what)
{
	int ret;

	reset_writes(0);
	ret = op();
	CHECKF(!ret, "%s: %d (%s)", what, ret, libcare_strerror(ret));
	return writes;
}

/*
 * Write K of OP fails and so does write J after it (an undo), for every
 * pair, each on a fresh patient brought to its state by SETUP (NULL: the
 * original): -ERR_ROLLBACK, one "rollback failed" line naming J's address,
 * and the region kept (ADDS_REGION: OP maps one, which must stay; else the
 * mappings stay as they were).  The pairs tried.
 */
static int rollback_fails(const char *prog, const char *what, int (*setup)(void),
			  int (*op)(void), int adds_region)
{
	char when[128], line[256], half[64], *before, *after;
	int tried = 0, died = 0, ret, seen;
	uint64_t half_at;

	for (int k = 1;; k++) {
		for (int j = k + 1;; j++) {
			CHECKF(!start_child(prog) && !fresh_line(line, sizeof(line)),
			       "%s: the patient did not start", what);
			CHECKF(!setup || !setup(), "%s: setting up", what);
			before = read_maps();
			log_text[0] = '\0';
			reset_writes2(k, j);
			ret = op();
			seen = writes;
			half_at = fail_also_addr;
			reset_writes(0);
			after = read_maps();
			if (seen < j) {
				/* no undo write J: the undo went through whole */
				CHECKF(seen < k || ret == -EIO, "%s, write %d failing: %d (%s)", what,
				       k, ret, libcare_strerror(ret));
				free(before);
				free(after);
				if (j == k + 1 && seen < k) {
					/* no write K either: all done */
					printf("%s: %d rollbacks failed, %d patients died before their "
					       "maps were read\n", what, tried, died);
					return tried;
				}
				break;
			}
			snprintf(when, sizeof(when), "%s, writes %d and %d failing", what, k, j);
			snprintf(half, sizeof(half), "half-patched at 0x%llx",
				 (unsigned long long)half_at);
			CHECKF(ret == -ERR_ROLLBACK, "%s: returned %d (%s)", when, ret,
			       libcare_strerror(ret));
			CHECKF(log_lines_with("rollback failed") == 1 && log_lines_with(half) == 1,
			       "%s: no one line saying '%s':\n%s", when, half, log_text);
			if (!mapped_bytes(after))
				died++;	/* half-patched, as it said: it may crash at once */
			else if (adds_region)
				CHECKF(mapped_bytes(after) > mapped_bytes(before),
				       "%s: the new region was unmapped:\n%s--- now:\n%s", when,
				       before ? before : "?", after ? after : "?");
			else
				CHECKF(before && after && !strcmp(before, after),
				       "%s: the mappings changed", when);
			free(before);
			free(after);
			tried++;
		}
	}
}

int main(int argc, char **argv)
{
	struct state s0 = { "the original", { { 0 } }, 0, "1 2 3" };
	struct state s1 = { "level 1", { { 0 } }, 1, "11 12 3" };
	struct state s2 = { "level 2", { { 0 } }, 2, "21 2 23" };
	struct state unused = { 0 };
	char line[256];
	int n_patch, n_unpatch1, n_upgrade, n_unpatch2, rollbacks;

	if (argc != 4) {
		fprintf(stderr, "usage: %s PROG LEVEL1.kpatch LEVEL2.kpatch\n", argv[0]);
		return 2;
	}
	if (geteuid() != 0) {
		fprintf(stderr, "SKIP: this test attaches to processes with ptrace and needs root\n");
		return 77;
	}
	log_set_program("test_switch");
	log_set_sink(capture);
	if (patch_file_load(argv[2], &level1) || patch_file_load(argv[3], &level2)) {
		fprintf(stderr, "cannot load the patches\n");
		return 1;
	}
	if (start_child(argv[1]) || fresh_line(line, sizeof(line)) || strcmp(line, s0.line)) {
		fprintf(stderr, "the patient did not start\n");
		return 1;
	}

	/* once through without failures: the writes to fail, and the bytes */
	n_patch = count_writes(patch_level1, "patch");
	CHECKF(stop_writes == 1, "%d stop figure writes for a patch", stop_writes);
	CHECK(!learn(&s0, &s1));
	check_state(&s1, "patched", NULL);
	CHECKF(record_stop() > 0, "the record says the patch stopped it %lld ns", record_stop());
	n_upgrade = count_writes(patch_level2, "upgrade");
	CHECKF(stop_writes == 1, "%d stop figure writes for an upgrade", stop_writes);
	CHECK(!learn(&unused, &s2));
	/* third's original bytes come from the level 2 record; level 1
	 * leaves third alone, level 2 gives second back */
	memcpy(s0.entry[2], unused.entry[2], sizeof(s0.entry[2]));
	memcpy(s1.entry[2], unused.entry[2], sizeof(s1.entry[2]));
	memcpy(s2.entry[1], s0.entry[1], sizeof(s2.entry[1]));
	check_state(&s2, "upgraded", NULL);
	CHECKF(record_stop() > 0, "the record says the upgrade stopped it %lld ns", record_stop());
	n_unpatch2 = count_writes(unpatch, "unpatch of level 2");
	CHECKF(stop_writes == 0, "%d stop figure writes for an unpatch", stop_writes);
	check_state(&s0, "unpatched", NULL);
	CHECK(!patch_level1());
	n_unpatch1 = count_writes(unpatch, "unpatch of level 1");
	check_state(&s0, "unpatched again", NULL);
	printf("writes: patch %d, upgrade %d, unpatch %d and %d\n", n_patch, n_upgrade, n_unpatch1,
	       n_unpatch2);
	/* the region, a jump per function, the record's state at least */
	CHECKF(n_patch >= 2 + 2, "%d writes for a patch of two functions", n_patch);
	/* the region, two jumps, second's bytes back, two states */
	CHECKF(n_upgrade >= 1 + 2 + 1 + 2, "%d writes for the upgrade", n_upgrade);
	/* the state, the bytes of two functions */
	CHECKF(n_unpatch1 >= 1 + 2 && n_unpatch2 >= 1 + 2, "%d and %d writes to unpatch", n_unpatch1,
	       n_unpatch2);

	/* each write failing in turn, from each state */
	fail_each("patch", patch_level1, n_patch, &s0);
	CHECK(!patch_level1());
	check_state(&s1, "patched after the failures", NULL);
	fail_each("unpatch", unpatch, n_unpatch1, &s1);
	fail_each("upgrade", patch_level2, n_upgrade, &s1);
	CHECK(!patch_level2());
	check_state(&s2, "upgraded after the failures", NULL);
	fail_each("unpatch of the upgrade", unpatch, n_unpatch2, &s2);
	CHECK(!unpatch());
	check_state(&s0, "unpatched at the end", NULL);
	stop_figure_lost("patch", patch_level1, unpatch, &s1);
	check_state(&s0, "unpatched after the lost stop figure", NULL);
	CHECK(!patch_level1());
	old_record(&s1, &s0);

	/* an undo write failing as well, on fresh patients */
	rollbacks = rollback_fails(argv[1], "patch", NULL, patch_level1, 1);
	rollbacks += rollback_fails(argv[1], "unpatch", patch_level1, unpatch, 0);
	rollbacks += rollback_fails(argv[1], "upgrade", patch_level1, patch_level2, 1);
	printf("rollbacks failed on purpose: %d\n", rollbacks);
	CHECKF(rollbacks >= 3, "only %d rollbacks failed", rollbacks);

	patch_file_free(level1);
	patch_file_free(level2);
	CHECK_DONE();
}
