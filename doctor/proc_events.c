/*
 * The process-event connector: subscribe with PROC_CN_MCAST_LISTEN, read
 * netlink datagrams of struct proc_event and keep the PROC_EVENT_EXEC ones.
 * Every other event (fork, exit, ...) is dropped here.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/cn_proc.h>
#include <linux/filter.h>
#include <linux/connector.h>
#include <linux/netlink.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "common/log.h"
#include "doctor/proc_events.h"

/* The control message that switches the events on or off. */
static int proc_events_subscribe(int fd, enum proc_cn_mcast_op op)
{
	struct {
		struct nlmsghdr nl;
		struct cn_msg cn;
		enum proc_cn_mcast_op op;
	} __attribute__((packed)) req;

	memset(&req, 0, sizeof(req));
	req.nl.nlmsg_len = sizeof(req);
	req.nl.nlmsg_type = NLMSG_DONE;
	req.nl.nlmsg_pid = 0;
	req.cn.id.idx = CN_IDX_PROC;
	req.cn.id.val = CN_VAL_PROC;
	req.cn.len = sizeof(req.op);
	req.op = op;
	if (send(fd, &req, sizeof(req), 0) != (ssize_t)sizeof(req))
		return -errno;
	return 0;
}

/*
 * Fork and exit events outnumber execs two to one: the kernel drops them
 * before they wake the watcher or fill its buffer.  Classic BPF loads are
 * big-endian, hence htonl.
 */
static int keep_only_exec(int fd)
{
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
			 NLMSG_LENGTH(0) + offsetof(struct cn_msg, data) +
			 offsetof(struct proc_event, what)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, htonl(PROC_EVENT_EXEC), 0, 1),
		BPF_STMT(BPF_RET | BPF_K, 0xffffffff),
		BPF_STMT(BPF_RET | BPF_K, 0),
	};
	struct sock_fprog prog = { .len = sizeof(code) / sizeof(code[0]), .filter = code };

	return setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog)) ? -errno : 0;
}

int proc_events_open(int rcvbuf)
{
	struct sockaddr_nl addr = { .nl_family = AF_NETLINK, .nl_groups = CN_IDX_PROC };
	int fd, ret;

	fd = socket(PF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_CONNECTOR);
	if (fd < 0) {
		ret = -errno;
		pr_warn("watch: no process-event connector: socket: %s\n", strerror(-ret));
		return ret;
	}
	/* as root the buffer may exceed rmem_max: fewer lost events in a burst */
	if (rcvbuf > 0 && setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof(rcvbuf)))
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	/* without the filter every event is read and dropped here: slower, not wrong */
	ret = keep_only_exec(fd);
	if (ret)
		pr_debug("watch: no socket filter: %s\n", strerror(-ret));
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr))) {
		ret = -errno;
		pr_warn("watch: cannot join the process-event connector: %s\n", strerror(-ret));
		close(fd);
		return ret;
	}
	ret = proc_events_subscribe(fd, PROC_CN_MCAST_LISTEN);
	if (ret) {
		pr_warn("watch: cannot subscribe to process events: %s\n", strerror(-ret));
		close(fd);
		return ret;
	}
	return fd;
}

/* The exec event in one netlink message, if it is one. */
static int exec_of(const struct nlmsghdr *nl, struct exec_event *ev)
{
	const struct cn_msg *cn = NLMSG_DATA(nl);
	const struct proc_event *pe;

	if (nl->nlmsg_type != NLMSG_DONE ||
	    nl->nlmsg_len < NLMSG_LENGTH(sizeof(*cn) + sizeof(*pe)) ||
	    cn->id.idx != CN_IDX_PROC || cn->id.val != CN_VAL_PROC)
		return 0;
	pe = (const struct proc_event *)cn->data;
	if (pe->what != PROC_EVENT_EXEC)
		return 0;
	ev->pid = pe->event_data.exec.process_tgid;
	ev->when_ns = pe->timestamp_ns;
	return 1;
}

int proc_events_read(int fd, struct exec_event *out, int max)
{
	char buf[8192] __attribute__((aligned(NLMSG_ALIGNTO)));
	int n = 0;

	while (n < max) {
		ssize_t len = recv(fd, buf, sizeof(buf), 0);
		const struct nlmsghdr *nl;

		if (len < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK)
				break;
			if (errno == ENOBUFS)
				return -ENOBUFS;
			pr_warn("watch: reading process events: %s\n", strerror(errno));
			return -errno;
		}
		for (nl = (const struct nlmsghdr *)buf; NLMSG_OK(nl, (size_t)len) && n < max;
		     nl = NLMSG_NEXT(nl, len))
			n += exec_of(nl, &out[n]);
	}
	return n;
}

void proc_events_close(int fd)
{
	if (fd < 0)
		return;
	proc_events_subscribe(fd, PROC_CN_MCAST_IGNORE);
	close(fd);
}
