/* The watcher's inotify on its patch root (root_notify.c). */
#ifndef LIBCARE_DOCTOR_ROOT_NOTIFY_H
#define LIBCARE_DOCTOR_ROOT_NOTIFY_H

/* A non-blocking inotify descriptor watching ROOT and two levels under it
 * when PRESENT, else ROOT's parent for its creation; -errno. */
int root_notify_open(const char *root, int present);

#endif
