/*
 * The watcher's loop: exec events from the kernel, a short wait for each
 * interesting newcomer until its loader is done (polling /proc, never
 * attaching), then the ordinary patch path.  The patch root is read again
 * whenever inotify says it changed, so an installed patch package counts
 * for the next program started.  One line per process patched or refused.
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "common/errors.h"
#include "common/log.h"
#include "common/printable.h"
#include "doctor/apply.h"
#include "doctor/exec_filter.h"
#include "doctor/patchdir.h"
#include "doctor/proc_events.h"
#include "doctor/procinfo.h"
#include "doctor/proclist.h"
#include "doctor/root_notify.h"
#include "doctor/watch.h"

#define MS			1000000ULL
#define LOADER_LIMIT_NS		(2000 * MS)	/* a loader slower than this: give up */
#define NO_RELRO_WAIT_NS	(50 * MS)	/* no RELRO to watch: wait this long instead */
#define QUICK_RETRY_NS		100000ULL	/* a small program's loader takes about 1 ms */
#define QUICK_RETRIES		50
#define LAST_RETRY_NS		(5 * MS)
#define RELOAD_DELAY_NS		(100 * MS)	/* a package unpacks several files */
#define ROOT_RECHECK_NS		(1000 * MS)	/* root missing: look for it again */
#define RESCAN_DELAY_NS		(10 * MS)	/* losses in a burst come in a row */
#define EVENT_BATCH		64

/* A process that ran exec and may want a patch once its loader is done. */
struct newcomer {
	pid_t pid;
	uint64_t exec_ns;	/* when it ran exec (CLOCK_MONOTONIC) */
	uint64_t due_ns;	/* when to look at it again */
	unsigned tries;
	struct file_info *prog;
};

struct watcher {
	const struct watch_options *opt;
	int events, notify, signals;
	struct patch_set set;
	int root_present;
	int said_missing;		/* the root's absence was said */
	struct file_cache files;
	struct newcomer *queue;
	size_t nqueue, cap;
	uint64_t reload_due_ns;		/* 0: none */
	uint64_t last_read_ns;		/* last time no event was lost */
	uint64_t rescan_due_ns;		/* 0: none; losses within a burst share one scan */
	uint64_t rescan_since_ns;	/* what started after this may be unseen */
	uint64_t lost_said_ns;		/* the last line about lost events */
	unsigned losses;		/* since that line */
	char refusal[512];		/* the doctor's first error while patching */
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

/* While a patch runs, the doctor's errors are kept for the one line. */
static struct watcher *capturing;

static void capture_sink(enum log_level level, const char *message)
{
	size_t len;

	if (level != LOG_LEVEL_WARN) {
		fputs(message, stderr);
		return;
	}
	if (!capturing || capturing->refusal[0])
		return;
	snprintf(capturing->refusal, sizeof(capturing->refusal), "%s", message);
	len = strlen(capturing->refusal);
	while (len && capturing->refusal[len - 1] == '\n')
		capturing->refusal[--len] = '\0';
}

static int in_set(const struct watcher *w, const char *build_id)
{
	if (!build_id[0])
		return 0;
	for (size_t i = 0; i < w->set.n; i++)
		if (!strcmp(w->set.files[i]->hdr.build_id, build_id))
			return 1;
	return 0;
}

/* What a program mapped the first time it started, against the patches
 * now; a file no longer known might have a patch. */
static int may_match(struct watcher *w, const struct file_info *prog)
{
	if (in_set(w, prog->build_id))
		return 1;
	for (size_t i = 0; i < prog->nmapped; i++) {
		const struct file_info *fi = file_cache_find(&w->files, &prog->mapped[i]);

		if (!fi || in_set(w, fi->build_id))
			return 1;
	}
	return 0;
}

/* The doctor's message without its "pid N: ", which the line already says. */
static const char *without_pid(const char *message, pid_t pid)
{
	char prefix[32];
	size_t len = (size_t)snprintf(prefix, sizeof(prefix), "pid %d: ", (int)pid);

	return strncmp(message, prefix, len) ? message : message + len;
}

/* "prog: patch 0001 level 1, 2 hunk(s); ..." for what was applied; "" for nothing. */
static void describe(const struct patch_set *set, const struct patch_outcome *out, char *buf,
		     size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < set->n && len < size; i++) {
		const struct kpatch_file_header *h = &set->files[i]->hdr;

		if (out[i].kind != OUTCOME_APPLIED && out[i].kind != OUTCOME_UPGRADED)
			continue;
		len += snprintf(buf + len, size - len, "%s%s: patch %s level %u, %zu hunk(s)",
				len ? "; " : "", printable(out[i].object),
				printable(h->patch_id[0] ? h->patch_id : "(no id)"), h->patchlevel,
				out[i].hunks);
	}
}

static void reload(struct watcher *w);

/*
 * Is a file of the set gone from the root?  Once a patch package's files
 * are removed, its postrm takes off what is left of it: the watcher must
 * not put it on again, whatever inotify has not said yet.
 */
static int set_withdrawn(const struct watcher *w)
{
	for (size_t i = 0; i < w->set.n; i++)
		if (access(w->set.files[i]->path, F_OK))
			return 1;
	return 0;
}

/* Patches PID with whatever of the set fits, and says so in one line.
 * EXEC_NS: when it started (0: it was running before). */
static void patch_newcomer(struct watcher *w, pid_t pid, uint64_t exec_ns)
{
	struct patch_outcome *out;
	char comm[32], what[1024], when[64] = "";
	size_t hunks;
	int ret;

	if (set_withdrawn(w))
		reload(w);
	if (!w->set.n)
		return;
	out = calloc(w->set.n, sizeof(*out));
	if (!out) {
		pr_warn("watch: pid %d: out of memory\n", (int)pid);
		return;
	}
	proc_comm(pid, comm, sizeof(comm));
	w->refusal[0] = '\0';
	capturing = w;
	log_set_sink(capture_sink);
	ret = patch_process_report(pid, w->set.files, w->set.n, 0, w->opt->timeout_ms, out, &hunks);
	log_set_sink(NULL);
	capturing = NULL;
	if (exec_ns)
		snprintf(when, sizeof(when), " %.3f ms after exec",
			 (double)(now_ns() - exec_ns) / 1e6);
	if (ret == -ESRCH) {
		pr_info("watch: pid %d (%s): exited before it was patched\n", (int)pid, printable(comm));
	} else if (ret == -ERR_NO_OBJECT) {
		/* what it maps has no patch any more: the root changed meanwhile */
		pr_info("watch: pid %d (%s): no patch for it now\n", (int)pid, printable(comm));
	} else if (ret) {
		printf("pid %d (%s): not patched: %s\n", (int)pid, printable(comm),
		       w->refusal[0] ? without_pid(w->refusal, pid) : libcare_strerror(ret));
	} else {
		describe(&w->set, out, what, sizeof(what));
		if (what[0])
			printf("pid %d (%s): patched%s: %s\n", (int)pid, printable(comm), when, what);
	}
	fflush(stdout);
	free(out);
}

enum verdict { DONE, LATER };

/* Patches C if its loader is done and an object of it matches. */
static enum verdict look_at(struct watcher *w, struct newcomer *c, uint64_t now)
{
	struct light_vma *vmas;
	size_t n;
	int ready, match = 0, tracer;

	if (read_light_maps(c->pid, &vmas, &n))
		return DONE;
	ready = loader_done(c->prog, vmas, n);
	if (!ready && c->prog->relro_start == c->prog->relro_end)
		ready = now - c->exec_ns >= NO_RELRO_WAIT_NS;
	if (ready <= 0) {
		free(vmas);
		if (ready < 0 || now - c->exec_ns > LOADER_LIMIT_NS)
			return DONE;
		return LATER;
	}
	/* every file is read, so that what is learned is whole */
	for (size_t i = 0; i < n; i++) {
		struct file_info *fi = file_cache_get_mapped(&w->files, c->pid, &vmas[i].key,
							     vmas[i].start, vmas[i].end);

		match |= fi && in_set(w, fi->build_id);
	}
	if (!c->prog->learned)
		remember_mapped(c->prog, vmas, n);
	free(vmas);
	if (!match)
		return DONE;
	pr_debug("watch: pid %d: loader done, %.3f ms after exec, %u look(s)\n", (int)c->pid,
		 (double)(now - c->exec_ns) / 1e6, c->tries + 1);
	/* a debugger, or libcare-ctl run holding it at its entry: not now */
	tracer = proc_tracer(c->pid);
	if (tracer) {
		char comm[32];

		if (now - c->exec_ns <= LOADER_LIMIT_NS)
			return LATER;
		proc_comm(c->pid, comm, sizeof(comm));
		printf("pid %d (%s): not patched: traced by pid %d\n", (int)c->pid, printable(comm),
		       tracer);
		fflush(stdout);
		return DONE;
	}
	patch_newcomer(w, c->pid, c->exec_ns);
	return DONE;
}

static void queue_newcomer(struct watcher *w, pid_t pid, uint64_t exec_ns)
{
	struct file_info *prog;
	struct newcomer *c = NULL;
	char path[64];

	if (!w->set.n || pid == getpid())
		return;
	snprintf(path, sizeof(path), "/proc/%d/exe", (int)pid);
	prog = file_cache_get(&w->files, path);
	if (!prog || !prog->is_elf || (prog->learned && !may_match(w, prog)))
		return;
	for (size_t i = 0; i < w->nqueue && !c; i++)
		if (w->queue[i].pid == pid)
			c = &w->queue[i];
	if (!c) {
		if (w->nqueue == w->cap) {
			size_t cap = w->cap ? 2 * w->cap : 64;
			struct newcomer *grown = realloc(w->queue, cap * sizeof(*grown));

			if (!grown)
				return;
			w->queue = grown;
			w->cap = cap;
		}
		c = &w->queue[w->nqueue++];
	}
	*c = (struct newcomer){ .pid = pid, .exec_ns = exec_ns, .due_ns = 0, .prog = prog };
}

/* Everyone due: look, then drop or reschedule with a growing delay. */
static void serve_queue(struct watcher *w)
{
	for (size_t i = 0; i < w->nqueue;) {
		struct newcomer *c = &w->queue[i];
		uint64_t now = now_ns(), delay;

		if (c->due_ns > now) {
			i++;
			continue;
		}
		if (look_at(w, c, now) == DONE) {
			w->queue[i] = w->queue[--w->nqueue];
			continue;
		}
		/* every 100 us for 5 ms, then less and less often */
		delay = QUICK_RETRY_NS;
		if (c->tries >= QUICK_RETRIES)
			delay <<= c->tries - QUICK_RETRIES < 6 ? c->tries - QUICK_RETRIES : 6;
		c->tries++;
		c->due_ns = now + (delay < LAST_RETRY_NS ? delay : LAST_RETRY_NS);
		i++;
	}
}

/*
 * Events were lost: every process started since the last good read is a
 * newcomer (a process that forked before and ran exec in the burst is
 * missed).  Said in one line a second at most.
 */
static void rescan(struct watcher *w)
{
	uint64_t since = w->rescan_since_ns, now = now_ns();
	size_t n, added = 0;
	pid_t *pids;

	w->rescan_due_ns = 0;
	if (list_processes(&pids, &n))
		return;
	for (size_t i = 0; i < n; i++) {
		uint64_t started = proc_start_ns(pids[i]);

		if (started >= since) {
			queue_newcomer(w, pids[i], started);
			added++;
		}
	}
	free(pids);
	if (now - w->lost_said_ns >= 1000 * MS) {
		printf("watch: process events were lost in a burst (%u time(s)); rescanned, %zu process(es) started since\n",
		       w->losses, added);
		fflush(stdout);
		w->lost_said_ns = now;
		w->losses = 0;
	}
}

/* A loss: one scan soon covers it and the ones after it. */
static void events_lost(struct watcher *w)
{
	/* a tick of start time is 10 ms: a margin of two */
	uint64_t since = w->last_read_ns > 20 * MS ? w->last_read_ns - 20 * MS : 0;

	w->losses++;
	if (!w->rescan_due_ns) {
		w->rescan_due_ns = now_ns() + RESCAN_DELAY_NS;
		w->rescan_since_ns = since;
	}
}

static void read_events(struct watcher *w)
{
	struct exec_event ev[EVENT_BATCH];
	int n, lost = 0;

	while ((n = proc_events_read(w->events, ev, EVENT_BATCH)) != 0) {
		if (n == -ENOBUFS) {
			lost = 1;
			continue;
		}
		if (n < 0)
			break;
		for (int i = 0; i < n; i++)
			queue_newcomer(w, ev[i].pid, ev[i].when_ns);
		if (n < EVENT_BATCH)
			break;
	}
	if (lost)
		events_lost(w);
	else
		w->last_read_ns = now_ns();
}

/* A fresh inotify on the root (patch directories and their levels), or on
 * its parent while it does not exist. */
static int rewatch(struct watcher *w)
{
	int fd = root_notify_open(w->opt->root, w->root_present);

	if (fd < 0) {
		pr_warn("watch: inotify: %s\n", strerror(-fd));
		return fd;
	}
	if (w->notify >= 0)
		close(w->notify);
	w->notify = fd;
	return 0;
}

static void patch_existing(struct watcher *w)
{
	size_t n;
	pid_t *pids;

	if (!w->set.n || list_processes(&pids, &n))
		return;
	for (size_t i = 0; i < n; i++)
		if (process_matches(pids[i], w->set.files, w->set.n) > 0)
			patch_newcomer(w, pids[i], 0);
	free(pids);
}

/* Reads the root again; a root that does not load keeps the patches it had. */
static void reload(struct watcher *w)
{
	struct patch_set set;
	struct stat st;
	int was_present = w->root_present, ret;

	w->reload_due_ns = 0;
	w->root_present = !stat(w->opt->root, &st) && S_ISDIR(st.st_mode);
	if (!w->root_present) {
		if (was_present || !w->said_missing)
			printf("watch: %s does not exist; no patches until it does\n", w->opt->root);
		w->said_missing = 1;
		patch_set_free(&w->set);
		rewatch(w);
		fflush(stdout);
		return;
	}
	rewatch(w);
	w->refusal[0] = '\0';
	capturing = w;
	log_set_sink(capture_sink);
	ret = patch_set_load(w->opt->root, &set);
	log_set_sink(NULL);
	capturing = NULL;
	if (ret) {
		printf("watch: %s not read again, keeping %zu patch(es): %s\n", w->opt->root, w->set.n,
		       w->refusal[0] ? w->refusal : libcare_strerror(ret));
		fflush(stdout);
		return;
	}
	patch_set_free(&w->set);
	w->set = set;
	printf("watch: %zu patch(es) in %s\n", w->set.n, w->opt->root);
	fflush(stdout);
	if (w->opt->existing)
		patch_existing(w);
}

static void read_notify(struct watcher *w)
{
	char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));

	while (read(w->notify, buf, sizeof(buf)) > 0)
		;
	if (!w->reload_due_ns)
		w->reload_due_ns = now_ns() + RELOAD_DELAY_NS;
}

/* 1 to stop (TERM, INT); HUP reads the root again at once. */
static int read_signals(struct watcher *w)
{
	struct signalfd_siginfo si;
	int stop = 0;

	while (read(w->signals, &si, sizeof(si)) == sizeof(si)) {
		if (si.ssi_signo == SIGHUP)
			w->reload_due_ns = now_ns();
		else
			stop = 1;
	}
	return stop;
}

/* How long until the next thing to do, for ppoll(); NULL for never. */
static struct timespec *next_timeout(const struct watcher *w, struct timespec *ts)
{
	uint64_t now = now_ns(), due = UINT64_MAX, left;

	for (size_t i = 0; i < w->nqueue; i++)
		if (w->queue[i].due_ns < due)
			due = w->queue[i].due_ns;
	if (w->reload_due_ns && w->reload_due_ns < due)
		due = w->reload_due_ns;
	if (w->rescan_due_ns && w->rescan_due_ns < due)
		due = w->rescan_due_ns;
	if (due == UINT64_MAX)
		return NULL;
	left = due > now ? due - now : 0;
	ts->tv_sec = (time_t)(left / 1000000000ULL);
	ts->tv_nsec = (long)(left % 1000000000ULL);
	return ts;
}

static int open_signals(void)
{
	sigset_t set;
	int fd;

	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	if (sigprocmask(SIG_BLOCK, &set, NULL))
		return -errno;
	fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	if (fd < 0) {
		pr_warn("watch: signalfd: %s\n", strerror(errno));
		return -errno;
	}
	return fd;
}

static void watcher_close(struct watcher *w)
{
	proc_events_close(w->events);
	if (w->notify >= 0)
		close(w->notify);
	if (w->signals >= 0)
		close(w->signals);
	patch_set_free(&w->set);
	file_cache_free(&w->files);
	free(w->queue);
}

int watch_run(const struct watch_options *opt)
{
	struct watcher w = { .opt = opt, .events = -1, .notify = -1, .signals = -1 };
	int stop = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	w.signals = open_signals();
	if (w.signals < 0)
		return w.signals;
	w.events = proc_events_open(opt->buffer);
	if (w.events < 0) {
		int ret = w.events;

		watcher_close(&w);
		return ret;
	}
	w.last_read_ns = now_ns();
	reload(&w);
	printf("watch: watching for new processes (patch root %s)\n", opt->root);
	while (!stop) {
		struct pollfd fds[3] = {
			{ .fd = w.events, .events = POLLIN },
			{ .fd = w.notify, .events = POLLIN },
			{ .fd = w.signals, .events = POLLIN },
		};
		struct timespec ts;

		if (ppoll(fds, 3, next_timeout(&w, &ts), NULL) < 0 && errno != EINTR) {
			pr_warn("watch: poll: %s\n", strerror(errno));
			break;
		}
		if (fds[2].revents)
			stop = read_signals(&w);
		if (fds[0].revents)
			read_events(&w);
		if (fds[1].revents)
			read_notify(&w);
		if (w.reload_due_ns && w.reload_due_ns <= now_ns())
			reload(&w);
		if (w.rescan_due_ns && w.rescan_due_ns <= now_ns())
			rescan(&w);
		if (!w.root_present && !w.reload_due_ns)
			w.reload_due_ns = now_ns() + ROOT_RECHECK_NS;
		serve_queue(&w);
	}
	printf("watch: stopped\n");
	watcher_close(&w);
	return 0;
}
