/* The processes `-p all` means. */
#ifndef LIBCARE_DOCTOR_PROCLIST_H
#define LIBCARE_DOCTOR_PROCLIST_H

#include <stddef.h>
#include <sys/types.h>

/* Every process the doctor may act on for `-p all`: all of /proc except
 * the doctor itself and init, in pid order.  *out is malloc'ed. */
int list_processes(pid_t **out, size_t *count);

#endif
