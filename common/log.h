/*
 * One log sink for every LibCare program: pr_warn for errors (always
 * shown, prefixed "PROGRAM: error: "), pr_info for -v, pr_debug for -vv.
 * Messages end with their own newline.
 */
#ifndef LIBCARE_LOG_H
#define LIBCARE_LOG_H

enum log_level { LOG_LEVEL_WARN, LOG_LEVEL_INFO, LOG_LEVEL_DEBUG };

/* The program name used as the prefix of errors (default "libcare"). */
void log_set_program(const char *name);
void log_set_level(enum log_level level);
enum log_level log_get_level(void);
/* Replaces the sink (default: stderr). */
void log_set_sink(void (*sink)(enum log_level level, const char *message));

/* How many errors (pr_warn) were printed so far: a program that fails
 * without one prints a line of its own. */
unsigned log_error_count(void);

void log_print(enum log_level level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A warning about something left undone that fails nothing: always shown,
 * prefixed "PROGRAM: warning: ", and not counted as an error. */
void log_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define pr_warn(...) log_print(LOG_LEVEL_WARN, __VA_ARGS__)
#define pr_info(...) log_print(LOG_LEVEL_INFO, __VA_ARGS__)
#define pr_debug(...) log_print(LOG_LEVEL_DEBUG, __VA_ARGS__)
#define pr_notice(...) log_notice(__VA_ARGS__)

#endif
