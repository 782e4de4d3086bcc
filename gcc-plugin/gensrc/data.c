/*
 * Variable rules.  Patched code must keep working on the state the running
 * process already has, so every variable of the patched file is paired with
 * its twin in the original and referenced under the original's name:
 *
 *   counter            -> counter        (same name)
 *   calls.3 in helper  -> calls.1        (GCC renumbered the function static:
 *                                         matched by base name, the function
 *                                         that uses it and order)
 *
 * An existing variable whose size, section or initial value changed cannot
 * be patched (the process already holds its old value), except a local
 * read-only one, or a static one that the plugin proved no code writes
 * (readonly.c): it becomes a new constant X.kpatch.  New variables go to
 * .kpatch.data or .kpatch.bss; new thread-local ones cannot be added.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const section_kind_names[] = {
	[SEC_TEXT] = "code", [SEC_RODATA] = "read-only data", [SEC_DATA] = "initialised data",
	[SEC_BSS] = "zero-initialised data", [SEC_TLS] = "thread-local data",
	[SEC_OTHER] = "a non-allocated section",
};

/* Length of NAME without a trailing ".N", or 0 when it has none */
static size_t static_base_len(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (!dot || dot == name || !dot[1])
		return 0;
	for (const char *p = dot + 1; *p; p++)
		if (!isdigit((unsigned char)*p))
			return 0;
	return dot - name;
}

static int is_function_static(const struct asm_block *b)
{
	return b->kind == BLOCK_VAR && !b->global && static_base_len(b->name);
}

enum section_kind block_section_kind(const struct asm_file *file, const struct asm_block *b)
{
	return b->section >= 0 ? file->sections[b->section].kind : SEC_OTHER;
}

struct owner_scan {
	const struct asm_file *file;
	const struct asm_block *func;
};

static const char *note_owner(void *arg, const char *token, int *err)
{
	struct owner_scan *scan = arg;
	struct asm_block *b;

	/* only a NAME.N token can name a function static: no lookup for others */
	if (!static_base_len(token))
		return NULL;
	b = find_block(scan->file, token);

	if (b && is_function_static(b) && !b->owner) {
		b->owner = strdup(scan->func->name);
		if (!b->owner)
			*err = -ENOMEM;
	}
	return NULL;
}

/* The owner of a function static is the first function that refers to it. */
static int find_owners(struct asm_file *file)
{
	for (int i = 0; i < file->nr_blocks; i++) {
		struct owner_scan scan = { file, &file->blocks[i] };

		if (file->blocks[i].kind != BLOCK_FUNC)
			continue;
		for (int l = scan.func->first; l <= scan.func->last; l++) {
			int err = rewrite_tokens(&file->lines[l], note_owner, &scan, NULL);

			if (err)
				return err;
		}
	}
	return 0;
}

/* "base owner ordinal": equal for the twins of a renumbered function static */
static int static_keys(struct asm_file *file, struct strmap *keys)
{
	struct strmap *counts = strmap_new();
	char key[600];
	int err = 0;

	if (!counts)
		return -ENOMEM;
	for (int i = 0; i < file->nr_blocks && !err; i++) {
		struct asm_block *b = &file->blocks[i];
		intptr_t n;

		if (!is_function_static(b))
			continue;
		snprintf(key, sizeof(key), "%.*s %s", (int)static_base_len(b->name), b->name,
			 b->owner ? b->owner : "");
		n = (intptr_t)strmap_get(counts, key);
		err = strmap_put(counts, key, (void *)(n + 1));
		snprintf(key + strlen(key), sizeof(key) - strlen(key), " %ld", (long)n);
		if (!err)
			err = strmap_put(keys, key, b);
	}
	strmap_free(counts, 0);
	return err;
}

static struct asm_block *static_twin(struct asm_file *file, struct strmap *orig_keys,
				     struct asm_block *p)
{
	char key[600];
	intptr_t n = 0;
	struct asm_block *twin;

	/* the ordinal of P among the statics with its base and owner */
	for (int i = 0; i < file->nr_blocks && &file->blocks[i] != p; i++) {
		struct asm_block *b = &file->blocks[i];

		if (is_function_static(b) &&
		    static_base_len(b->name) == static_base_len(p->name) &&
		    !strncmp(b->name, p->name, static_base_len(p->name)) &&
		    !strcmp(b->owner ? b->owner : "", p->owner ? p->owner : ""))
			n++;
	}
	snprintf(key, sizeof(key), "%.*s %s %ld", (int)static_base_len(p->name), p->name,
		 p->owner ? p->owner : "", (long)n);
	twin = strmap_get(orig_keys, key);
	return twin && !twin->twin ? twin : NULL;
}

static int set_out_name(struct gensrc *g, struct asm_block *b, const char *name)
{
	char *copy = strdup(name);

	if (!copy)
		return -ENOMEM;
	free(b->out_name);
	b->out_name = copy;
	return strmap_put(g->rename, b->name, b->out_name);
}

/* A new symbol must not take a name the original already uses. */
int name_new_block(struct gensrc *g, struct asm_block *b)
{
	char name[512];

	if (!find_block(&g->orig, b->name))
		return 0;
	snprintf(name, sizeof(name), "%s.kpatch", b->name);
	return set_out_name(g, b, name);
}

static int pair_variables(struct gensrc *g)
{
	struct strmap *orig_keys = strmap_new();
	int err;

	if (!orig_keys)
		return -ENOMEM;
	err = find_owners(&g->orig);
	if (!err)
		err = find_owners(&g->patched);
	if (!err)
		err = static_keys(&g->orig, orig_keys);
	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		struct asm_block *p = &g->patched.blocks[i], *o;

		if (p->kind != BLOCK_VAR)
			continue;
		if (is_function_static(p)) {
			o = static_twin(&g->patched, orig_keys, p);
		} else {
			o = find_block(&g->orig, p->name);
			if (o && o->kind != BLOCK_VAR)
				o = NULL;
		}
		if (!o)
			continue;
		p->twin = o;
		o->twin = p;
		if (strcmp(p->name, o->name))
			err = set_out_name(g, p, o->name);
	}
	strmap_free(orig_keys, 0);
	return err;
}

static int same_content(struct gensrc *g, struct asm_block *p, int *same)
{
	struct outbuf a = { 0 }, b = { 0 };
	int err;

	err = normalise_block(g, &g->orig, p->twin, &a);
	if (!err)
		err = normalise_block(g, &g->patched, p, &b);
	*same = !err && !strcmp(a.data ? a.data : "", b.data ? b.data : "");
	free(a.data);
	free(b.data);
	return err;
}

static int is_plain_data(enum section_kind kind)
{
	return kind == SEC_RODATA || kind == SEC_DATA || kind == SEC_BSS;
}

/* Data the process cannot have changed: the patch carries a new copy for the new code */
static int copy_constant(struct gensrc *g, struct asm_block *p)
{
	char name[512];

	p->state = BLOCK_CHANGED;
	snprintf(name, sizeof(name), "%s.kpatch", p->twin->name);
	return set_out_name(g, p, name);
}

static int check_variable(struct gensrc *g, struct asm_block *p)
{
	struct asm_block *o = p->twin;
	enum section_kind ok = block_section_kind(&g->orig, o);
	enum section_kind pk = block_section_kind(&g->patched, p);
	char why[512] = "";
	int same, proven, err;

	err = same_content(g, p, &same);
	if (err || (same && o->size == p->size && ok == pk))
		return err;
	/* a private constant */
	if (ok == SEC_RODATA && pk == SEC_RODATA && !o->global && !p->global)
		return copy_constant(g, p);
	if (is_plain_data(ok) && is_plain_data(pk)) {
		err = readonly_in_both(g, o, p, &proven, why, sizeof(why));
		if (err)
			return err;
		if (proven) {
			gensrc_note(g, "variable '%s' changed; no code writes it and its address "
				    "does not escape, so the patch carries a new copy", o->name);
			return copy_constant(g, p);
		}
	}
	if (o->size >= 0 && p->size >= 0 && o->size != p->size) {
		gensrc_error(g, &g->patched, p->first,
			     "variable '%s': size changed from %ld to %ld bytes; the running "
			     "process keeps the old layout%s%s", o->name, o->size, p->size,
			     why[0] ? "; " : "", why);
		return -EINVAL;
	}
	if (ok != pk && !(ok == SEC_BSS && pk == SEC_DATA) && !(ok == SEC_DATA && pk == SEC_BSS)) {
		gensrc_error(g, &g->patched, p->first,
			     "variable '%s': moved from %s to %s; its type or qualifiers changed%s%s",
			     o->name, section_kind_names[ok], section_kind_names[pk],
			     why[0] ? "; " : "", why);
		return -EINVAL;
	}
	gensrc_error(g, &g->patched, p->first,
		     "variable '%s': initial value changed; the running process already holds "
		     "the old value%s%s", o->name, why[0] ? "; " : "", why);
	return -EINVAL;
}

int match_variables(struct gensrc *g)
{
	int err = pair_variables(g);

	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		struct asm_block *p = &g->patched.blocks[i];

		if (p->kind != BLOCK_VAR)
			continue;
		if (p->twin) {
			err = check_variable(g, p);
			continue;
		}
		if (block_section_kind(&g->patched, p) == SEC_TLS) {
			gensrc_error(g, &g->patched, p->first,
				     "variable '%s': a patch cannot add thread-local variables "
				     "(threads that exist have no room for it)", p->name);
			return -EINVAL;
		}
		p->state = BLOCK_NEW;
		err = name_new_block(g, p);
	}
	return err;
}

struct removed_scan {
	struct gensrc *g;
	const struct asm_block *func;
	int line;
};

static const char *check_reference(void *arg, const char *token, int *err)
{
	struct removed_scan *scan = arg;
	struct asm_block *o = find_block(&scan->g->orig, token);
	struct asm_block *p = find_block(&scan->g->patched, token);

	if (o && o->kind == BLOCK_VAR && !o->twin && !p && !strmap_get(scan->g->rename, token)) {
		gensrc_error(scan->g, &scan->g->patched, scan->line,
			     "function '%s' uses '%s', which the original defines but the patched "
			     "source does not; patched code would silently use the original's",
			     scan->func->name, token);
		*err = -EINVAL;
	}
	return NULL;
}

/* Patched code must not bind to a variable the patch removed. */
int check_removed_variables(struct gensrc *g)
{
	for (int i = 0; i < g->patched.nr_blocks; i++) {
		struct removed_scan scan = { g, &g->patched.blocks[i], 0 };

		if (scan.func->kind != BLOCK_FUNC || scan.func->state == BLOCK_SAME)
			continue;
		for (scan.line = scan.func->first; scan.line <= scan.func->last; scan.line++) {
			int err = rewrite_tokens(&g->patched.lines[scan.line], check_reference,
						 &scan, NULL);

			if (err)
				return err;
		}
	}
	return 0;
}

/*
 * Label tables.  A function with computed gotos keeps its label addresses
 * (&&label) in a function static table.  Patched code jumping through the
 * original table would land in the original function, so a changed
 * function takes a copy of its table that points at its own labels.  A
 * writable table may have been changed by the process: that is refused.
 */
struct label_scan {
	struct gensrc *g;
	struct strmap *label_func;	/* .L label -> the function defining it */
	struct asm_block *owner;
};

static const char *note_label_owner(void *arg, const char *token, int *err)
{
	struct label_scan *scan = arg;
	struct asm_block *f;

	(void)err;
	if (!is_local_label(token))
		return NULL;
	f = strmap_get(scan->label_func, token);
	if (f && !scan->owner)
		scan->owner = f;
	return NULL;
}

static int map_code_labels(struct asm_file *file, struct strmap *label_func)
{
	for (int i = 0; i < file->nr_blocks; i++) {
		struct asm_block *f = &file->blocks[i];

		if (f->kind != BLOCK_FUNC)
			continue;
		for (int l = f->first; l <= f->last; l++) {
			const struct asm_line *line = &file->lines[l];
			const char *t = skip_space(line->text);
			char name[256];
			size_t len = strcspn(t, ":");

			if (line->kind != LINE_LABEL || is_debug_line(line) || len >= sizeof(name))
				continue;
			memcpy(name, t, len);
			name[len] = '\0';
			if (is_local_label(name) && strmap_put(label_func, name, f))
				return -ENOMEM;
		}
	}
	return 0;
}

static int retarget_table(struct gensrc *g, struct asm_block *p, struct asm_block *f)
{
	char name[512];

	if (f->state == BLOCK_SAME) {
		if (p->state == BLOCK_SAME)
			return 0;
		gensrc_error(g, &g->patched, p->first,
			     "the label table '%s' of '%s' changed but the function did not; "
			     "gensrc cannot patch that", p->name, f->name);
		return -EINVAL;
	}
	if (block_section_kind(&g->patched, p) != SEC_RODATA) {
		gensrc_error(g, &g->patched, p->first,
			     "function '%s' jumps through the label table '%s', which is writable: "
			     "the process may have changed it, so the patch cannot retarget a copy; "
			     "declare the table itself const (static const void *const %.*s[])",
			     f->name, p->name, (int)(static_base_len(p->name) ? static_base_len(p->name) :
						     strlen(p->name)), p->name);
		return -EINVAL;
	}
	p->label_owner = f;
	if (p->state != BLOCK_SAME)
		return 0;
	p->state = BLOCK_CHANGED;
	snprintf(name, sizeof(name), "%s.kpatch", p->twin ? p->twin->name : p->name);
	return set_out_name(g, p, name);
}

int retarget_label_tables(struct gensrc *g)
{
	struct label_scan scan = { .g = g };
	int err;

	scan.label_func = strmap_new();
	if (!scan.label_func)
		return -ENOMEM;
	err = map_code_labels(&g->patched, scan.label_func);
	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		struct asm_block *p = &g->patched.blocks[i];

		if (p->kind != BLOCK_VAR || p->common)
			continue;
		scan.owner = NULL;
		for (int l = p->first; l <= p->last && !err; l++)
			err = rewrite_tokens(&g->patched.lines[l], note_label_owner, &scan, NULL);
		if (!err && scan.owner)
			err = retarget_table(g, p, scan.owner);
	}
	strmap_free(scan.label_func, 0);
	return err;
}
