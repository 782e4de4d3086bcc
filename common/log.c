/* The log sink shared by LibCare's programs; see log.h. */
#include <stdarg.h>
#include <stdio.h>

#include "common/log.h"

static const char *program = "libcare";
static enum log_level current = LOG_LEVEL_WARN;
static void (*custom_sink)(enum log_level, const char *);
static unsigned errors;

void log_set_program(const char *name)
{
	program = name;
}

void log_set_level(enum log_level level)
{
	current = level;
}

unsigned log_error_count(void)
{
	return errors;
}

enum log_level log_get_level(void)
{
	return current;
}

void log_set_sink(void (*sink)(enum log_level level, const char *message))
{
	custom_sink = sink;
}

void log_print(enum log_level level, const char *fmt, ...)
{
	char message[4096];
	va_list ap;

	if (level > current)
		return;
	if (level == LOG_LEVEL_WARN)
		errors++;
	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	if (custom_sink)
		custom_sink(level, message);
	else if (level == LOG_LEVEL_WARN)
		fprintf(stderr, "%s: error: %s", program, message);
	else
		fputs(message, stderr);
}

void log_notice(const char *fmt, ...)
{
	char message[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	if (custom_sink)
		custom_sink(LOG_LEVEL_WARN, message);
	else
		fprintf(stderr, "%s: warning: %s", program, message);
}
