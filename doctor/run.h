/*
 * libcare-ctl run: starts a program with the patches of a directory
 * applied before its main() runs, and waits for it like a wrapper.
 */
#ifndef LIBCARE_DOCTOR_RUN_H
#define LIBCARE_DOCTOR_RUN_H

/*
 * Parses "run [-t TIMEOUT_MS] [-d PATCH_DIR] [--] PROGRAM ARGS...", runs it
 * and returns the program's exit status (128 + signal when a signal ended
 * it), or the doctor's exit code when it could not be started patched:
 * EXIT_CODE maps a -errno to that code, USAGE_ERROR reports a bad command
 * line; both are main()'s.
 */
int cmd_run(int argc, char **argv, int (*exit_code)(int err),
	    int (*usage_error)(const char *fmt, const char *arg));

#endif
