/*
 * The kernel's process-event connector (netlink NETLINK_CONNECTOR,
 * CN_IDX_PROC): one message per exec anywhere on the machine, for the
 * watcher.  Needs CAP_NET_ADMIN, and the initial network namespace.
 */
#ifndef LIBCARE_DOCTOR_PROC_EVENTS_H
#define LIBCARE_DOCTOR_PROC_EVENTS_H

#include <stdint.h>
#include <sys/types.h>

/* One exec: the process (thread group) and when, in CLOCK_MONOTONIC ns. */
struct exec_event {
	pid_t pid;
	uint64_t when_ns;
};

/*
 * Opens the connector and subscribes to events, with a receive buffer of
 * about RCVBUF bytes (0: the kernel's default).  Returns the socket (to
 * poll for reading and to pass to proc_events_read) or -errno, logged:
 * -EPROTONOSUPPORT without the connector, -EPERM without CAP_NET_ADMIN.
 */
int proc_events_open(int rcvbuf);
/*
 * Reads what is pending without blocking; stores up to MAX exec events in
 * OUT.  Returns how many (0 when nothing is pending), or -ENOBUFS when the
 * kernel dropped events because the buffer was full (the caller rescans),
 * or another -errno.
 */
int proc_events_read(int fd, struct exec_event *out, int max);
/* Unsubscribes and closes. */
void proc_events_close(int fd);

#endif
