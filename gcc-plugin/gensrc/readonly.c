/*
 * Read-only records: the plugin's verdict on each static variable of a
 * unit, whether any code writes it or lets its address escape
 * (docs/internals.md, "Read-only records").  A variable that both builds
 * prove constant may change its contents or size like const data:
 *
 *   readonly banner                                  -> banner.kpatch, a new copy
 *   state hits: it is written in 'count'             -> refused: it is state
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* NAME -> "" (read-only) or the reason it is state */
static int parse_record(const char *text, struct strmap **out)
{
	struct strmap *map = strmap_new();
	int err = 0;

	if (!map)
		return -ENOMEM;
	for (const char *line = text; *line && !err;) {
		size_t len = strcspn(line, "\n");
		char *copy = xstrndup(line, len), *name, *reason = "";

		if (!copy) {
			err = -ENOMEM;
			break;
		}
		name = NULL;
		if (!strncmp(copy, "readonly ", 9)) {
			name = copy + 9;
		} else if (!strncmp(copy, "state ", 6)) {
			name = copy + 6;
			reason = strstr(name, ": ");
			if (reason) {
				*reason = '\0';
				reason += 2;
			} else {
				reason = "no reason given";
			}
		}
		if (name && *name) {
			char *value = strdup(reason);

			err = value ? strmap_put(map, name, value) : -ENOMEM;
			if (err)
				free(value);
		}
		free(copy);
		line += len;
		if (*line)
			line++;
	}
	if (err) {
		strmap_free(map, 1);
		return err;
	}
	*out = map;
	return 0;
}

static int load_records(struct gensrc *g)
{
	int err = 0;

	if (g->verdicts_loaded)
		return 0;
	g->verdicts_loaded = 1;
	if (!g->opt->orig_readonly)
		return 0;
	err = parse_record(g->opt->orig_readonly, &g->orig_verdicts);
	if (!err)
		err = parse_record(g->opt->patched_readonly ? g->opt->patched_readonly : "",
				   &g->patched_verdicts);
	return err;
}

static void describe(char *why, size_t size, const char *build, const char *name,
		     const char *reason)
{
	if (!reason)
		snprintf(why, size, "the plugin's record of the %s build has no verdict on '%s'",
			 build, name);
	else
		snprintf(why, size, "in the %s build %s", build, reason);
}

int readonly_in_both(struct gensrc *g, const struct asm_block *o, const struct asm_block *p,
		     int *proven, char *why, size_t size)
{
	const char *orig_reason, *patched_reason;
	int err = load_records(g);

	*proven = 0;
	if (err)
		return err;
	/* other objects may write a global: its refusal needs no more words */
	if (o->global || p->global)
		return 0;
	if (!g->orig_verdicts && g->opt->patched_readonly) {
		snprintf(why, size, "the original build has no read-only record (a stash from "
			 "an older LibCare?): build the original stage again");
		return 0;
	}
	if (!g->orig_verdicts) {
		snprintf(why, size, "a static variable that no code writes can change when the "
			 "GCC plugin builds the patch (libcare-cc, -fplugin=libcare): it proves "
			 "such data constant");
		return 0;
	}
	orig_reason = strmap_get(g->orig_verdicts, o->name);
	patched_reason = strmap_get(g->patched_verdicts, p->name);
	if (!orig_reason || *orig_reason) {
		describe(why, size, "original", o->name, orig_reason);
		return 0;
	}
	if (!patched_reason || *patched_reason) {
		describe(why, size, "patched", p->name, patched_reason);
		return 0;
	}
	*proven = 1;
	return 0;
}

void free_readonly_records(struct gensrc *g)
{
	strmap_free(g->orig_verdicts, 1);
	strmap_free(g->patched_verdicts, 1);
}
