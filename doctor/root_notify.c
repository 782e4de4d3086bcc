/*
 * Which directories the watcher's inotify watches: the patch root and two
 * levels under it (patch directories and their levels), or the root's
 * parent while the root does not exist, so its creation is seen.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include "doctor/root_notify.h"

#define NOTIFY_MASK (IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_CLOSE_WRITE | \
		     IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

/* Watches DIR and the directories under it, DEPTH levels down. */
static void watch_tree(int fd, const char *dir, int depth)
{
	struct dirent **names;
	int n;

	if (inotify_add_watch(fd, dir, NOTIFY_MASK) < 0 || depth == 0)
		return;
	n = scandir(dir, &names, NULL, alphasort);
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
			/* a package's directory may be linked in: inotify follows too */
			if (!stat(path, &st) && S_ISDIR(st.st_mode))
				watch_tree(fd, path, depth - 1);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

int root_notify_open(const char *root, int present)
{
	char parent[4096], *slash;
	int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);

	if (fd < 0)
		return -errno;
	if (present) {
		watch_tree(fd, root, 2);
		return fd;
	}
	snprintf(parent, sizeof(parent), "%s", root);
	slash = strrchr(parent, '/');
	if (slash && slash != parent)
		*slash = '\0';
	else
		snprintf(parent, sizeof(parent), "%s", slash ? "/" : ".");
	inotify_add_watch(fd, parent, IN_CREATE | IN_MOVED_TO | IN_ONLYDIR);
	return fd;
}
