/*
 * libcare-ctl watch: a daemon that patches processes started after it, as
 * soon as the dynamic loader is done with them, when one of their objects
 * has a patch in the patch root.  Best effort: the program's first
 * instructions (and its libraries' constructors) run before the patch.
 */
#ifndef LIBCARE_DOCTOR_WATCH_H
#define LIBCARE_DOCTOR_WATCH_H

#define WATCH_DEFAULT_ROOT	"/var/lib/libcare/patches"

struct watch_options {
	const char *root;	/* patch root: patch directories, or one patch directory */
	unsigned timeout_ms;	/* the wait for threads to leave patched functions */
	int existing;		/* also patch running processes, at start and on each change */
	int buffer;		/* receive buffer of the event socket, bytes */
};

/*
 * Watches until SIGTERM or SIGINT (0 then); SIGHUP reads the root again.
 * -errno, logged, when the process-event connector cannot be used.
 */
int watch_run(const struct watch_options *opt);

#endif
