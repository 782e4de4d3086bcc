/*
 * Twin matching and normalisation.  Functions are paired by name and
 * compared in a normal form that hides what GCC renumbers or moves when
 * some other function changes:
 *
 *   .L5 / .L7 (jump labels, tables)  -> {L0}, {L1} in order of appearance
 *   .LC3 (constant pool)             -> {"hello\n"}: compared by content
 *   .LC4 = .set .LC4,.LC3+8          -> {...}+8: its target's content
 *   calls.3 (function static)        -> its original name, calls.1
 *   .loc/.file, .LVL/.LBB/.LFB...    -> dropped: line numbers and debug
 *                                       ranges never make a change
 *
 * A function that still differs only in __LINE__ arguments is not a
 * change either (lines.c).
 *
 * A changed GCC clone (foo.constprop.0, foo.isra.0, foo.part.0) is not
 * redirected: its callers were specialised with it, so it becomes a new
 * function foo.constprop.0.kpatch and every caller counts as changed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_CONST_DEPTH	4

struct normal_ctx {
	struct gensrc *g;
	const struct asm_file *file;
	struct strmap *labels;	/* .L label -> 1 + its canonical number */
	int nr_labels;
	int depth;
	char label[32];
	char *content;		/* the last constant's normal form */
};

static int normalise_lines(struct gensrc *g, const struct asm_file *file,
			   const struct asm_block *b, struct outbuf *out, int depth,
			   struct norm_index *idx);

static const char *normal_token(void *arg, const char *token, int *err)
{
	struct normal_ctx *ctx = arg;
	struct outbuf offsets = { 0 };
	struct asm_block *c;
	int alias = 0;
	long n;

	if (!is_local_label(token)) {
		if (ctx->file == &ctx->g->patched)
			return strmap_get(ctx->g->rename, token);
		return NULL;
	}
	c = find_block(ctx->file, token);
	/* an alias compares as the constant it points into (maybe another
	 * alias), and where */
	for (int hops = 0; c && c->kind == BLOCK_CONST && c->alias_target; hops++) {
		if (hops == MAX_CONST_DEPTH) {
			free(offsets.data);
			gensrc_error(ctx->g, ctx->file, c->first, "constant alias chain from '%s' "
				     "is too long to compare", token);
			*err = -EINVAL;
			return NULL;
		}
		out_str(&offsets, c->alias_offset);
		out_str(&offsets, " ");
		c = find_block(ctx->file, c->alias_target);
		alias = 1;
	}
	if (alias && (!c || c->kind != BLOCK_CONST)) {
		free(offsets.data);
		gensrc_error(ctx->g, ctx->file, -1, "constant alias '%s' points at no constant",
			     token);
		*err = -EINVAL;
		return NULL;
	}
	if (c && c->kind == BLOCK_CONST && ctx->depth < MAX_CONST_DEPTH) {
		struct outbuf sub = { 0 };

		out_str(&sub, "{");
		*err = normalise_lines(ctx->g, ctx->file, c, &sub, ctx->depth + 1, NULL);
		out_str(&sub, "}");
		if (alias)
			out_str(&sub, offsets.data);
		free(offsets.data);
		if (sub.failed && !*err)
			*err = -ENOMEM;
		free(ctx->content);
		ctx->content = sub.data;
		return ctx->content;
	}
	free(offsets.data);
	n = (long)strmap_get(ctx->labels, token);
	if (!n) {
		n = ++ctx->nr_labels;
		*err = strmap_put(ctx->labels, token, (void *)n);
	}
	snprintf(ctx->label, sizeof(ctx->label), "{L%ld}", n - 1);
	return ctx->label;
}

/* Append TEXT with blanks collapsed and trimmed, and a newline */
static void append_collapsed(struct outbuf *out, const char *text)
{
	const char *s = skip_space(text);

	while (*s) {
		size_t word = strcspn(s, " \t");

		out_add(out, s, word);	/* a run without blanks at once */
		s = skip_space(s + word);
		if (*s)
			out_add(out, " ", 1);
	}
	out_add(out, "\n", 1);
}

static int index_line(struct norm_index *idx, int line, size_t offset)
{
	if (idx->nr == idx->size) {
		int size = idx->size ? idx->size * 2 : 64;
		int *lines = realloc(idx->line, size * sizeof(*lines));
		size_t *offsets;

		if (!lines)
			return -ENOMEM;
		idx->line = lines;
		offsets = realloc(idx->offset, (size + 1) * sizeof(*offsets));
		if (!offsets)
			return -ENOMEM;
		idx->offset = offsets;
		idx->size = size;
	}
	idx->line[idx->nr] = line;
	idx->offset[idx->nr++] = offset;
	return 0;
}

static int normalise_lines(struct gensrc *g, const struct asm_file *file,
			   const struct asm_block *b, struct outbuf *out, int depth,
			   struct norm_index *idx)
{
	struct normal_ctx ctx = { .g = g, .file = file, .depth = depth };
	struct outbuf line = { 0 };
	int err = 0;

	ctx.labels = strmap_new();
	if (!ctx.labels)
		return -ENOMEM;
	/* the defining label is compared by pairing, not by text */
	for (int i = b->first + 1; i <= b->last && !err; i++) {
		const struct asm_line *l = &file->lines[i];

		if (l->kind == LINE_BLANK || is_debug_line(l))
			continue;
		line.len = 0;
		err = rewrite_tokens(l, normal_token, &ctx, &line);
		if (!err && idx)
			err = index_line(idx, i, out->len);
		if (!err)
			append_collapsed(out, line.data);
		if (out->failed)
			err = -ENOMEM;
	}
	if (idx && idx->offset)
		idx->offset[idx->nr] = out->len;
	free(line.data);
	free(ctx.content);
	strmap_free(ctx.labels, 0);
	return err;
}

int normalise_block(struct gensrc *g, const struct asm_file *file, const struct asm_block *b,
		    struct outbuf *out)
{
	return normalise_lines(g, file, b, out, 0, NULL);
}

int normalise_block_indexed(struct gensrc *g, const struct asm_file *file,
			    const struct asm_block *b, struct outbuf *out, struct norm_index *idx)
{
	return normalise_lines(g, file, b, out, 0, idx);
}

static int is_clone(const struct asm_block *b)
{
	static const char *const suffixes[] = {
		".constprop.", ".isra.", ".part.", ".lto_priv.", ".specialized.", NULL
	};

	if (b->global)
		return 0;
	for (int i = 0; suffixes[i]; i++)
		if (strstr(b->name, suffixes[i]))
			return 1;
	return 0;
}

static int function_changed(struct gensrc *g, struct asm_block *p, char **orig_norm, int *changed)
{
	struct asm_block *o = p->twin;
	char **cached = &orig_norm[o - g->orig.blocks];
	struct outbuf b = { 0 };
	int err = 0;

	if (!*cached) {
		struct outbuf a = { 0 };

		err = normalise_block(g, &g->orig, o, &a);
		*cached = a.data ? a.data : strdup("");
		if (!err && !*cached)
			err = -ENOMEM;
	}
	if (!err)
		err = normalise_block(g, &g->patched, p, &b);
	if (!err)
		*changed = strcmp(*cached, b.data ? b.data : "") != 0;
	free(b.data);
	return err;
}

static int mark_changed(struct gensrc *g, struct asm_block *p, int *renamed)
{
	char name[512];
	char *copy;

	p->state = BLOCK_CHANGED;
	snprintf(name, sizeof(name), "%s.kpatch", p->name);
	copy = strdup(name);
	if (!copy)
		return -ENOMEM;
	free(p->out_name);
	p->out_name = copy;
	if (!is_clone(p))
		return 0;
	*renamed = 1;
	return strmap_put(g->rename, p->name, p->out_name);
}

/*
 * Code that runs once, at startup: functions named in .init_array (C
 * constructors, C++'s _GLOBAL__sub_I_*) and GCC's C++ static initialiser
 * they call.  The running process ran the original long ago; a patch of
 * it would never run, and the objects it initialised would keep their old
 * values (a changed `std::string greeting = "hello"`), or stay unbuilt
 * (a new one).  That is refused, as a changed initial value is in C.
 */
static const char *note_startup(void *arg, const char *token, int *err)
{
	struct asm_file *file = arg;
	struct asm_block *b = find_block(file, token);

	(void)err;
	if (b && b->kind == BLOCK_FUNC)
		b->startup = 1;
	return NULL;
}

/* The length of the symbol at S: up to a comma, a blank or the end */
static size_t symbol_len(const char *s)
{
	return strcspn(s, ", \t");
}

/* "DIRECTIVE NAME, REST" at T: NAME and REST, or -1 */
static int directive_args(const char *t, const char *directive, const char **name,
			  const char **rest)
{
	size_t n = strlen(directive);

	if (strncmp(t, directive, n) || (t[n] != ' ' && t[n] != '\t'))
		return -1;
	*name = skip_space(t + n);
	*rest = skip_space(*name + symbol_len(*name));
	if (**rest != ',')
		return -1;
	*rest = skip_space(*rest + 1);
	return 0;
}

/*
 * An IFUNC's resolver ran when the dynamic linker loaded the object (GCC:
 * `.type F, @gnu_indirect_function` and `.set F,RESOLVER`): a patch of it
 * never runs, and the process keeps the implementation it chose.
 */
static int note_resolvers(struct asm_file *file)
{
	struct strmap *ifuncs = strmap_new();
	const char *name, *rest;
	int err = 0;

	if (!ifuncs)
		return -ENOMEM;
	for (int i = 0; i < file->nr_lines && !err; i++) {
		const char *t = skip_space(file->lines[i].text);
		char *copy;

		if (file->lines[i].kind != LINE_DIRECTIVE ||
		    directive_args(t, ".type", &name, &rest) ||
		    !strstr(rest, "gnu_indirect_function"))
			continue;
		copy = xstrndup(name, symbol_len(name));
		err = copy ? strmap_put(ifuncs, copy, "") : -ENOMEM;
		free(copy);
	}
	for (int i = 0; i < file->nr_lines && !err; i++) {
		const char *t = skip_space(file->lines[i].text);
		struct asm_block *b;
		int is_ifunc;
		char *copy;

		if (file->lines[i].kind != LINE_DIRECTIVE || directive_args(t, ".set", &name, &rest))
			continue;
		copy = xstrndup(name, symbol_len(name));
		if (!copy) {
			err = -ENOMEM;
			break;
		}
		is_ifunc = strmap_get(ifuncs, copy) != NULL;
		free(copy);
		if (!is_ifunc)
			continue;
		copy = xstrndup(rest, symbol_len(rest));
		b = copy ? find_block(file, copy) : NULL;
		err = copy ? 0 : -ENOMEM;
		free(copy);
		if (b && b->kind == BLOCK_FUNC)
			b->resolver = 1;
	}
	strmap_free(ifuncs, 0);
	return err;
}

static int check_startup_code(struct gensrc *g)
{
	struct asm_file *file = &g->patched;
	int err = note_resolvers(file);

	if (err)
		return err;

	for (int i = 0; i < file->nr_lines; i++) {
		const struct asm_line *l = &file->lines[i];
		const char *sec = l->section >= 0 ? file->sections[l->section].name : "";

		if (l->kind == LINE_DIRECTIVE && (!strncmp(sec, ".init_array", 11) ||
						  !strncmp(sec, ".preinit_array", 14) ||
						  !strncmp(sec, ".ctors", 6)))
			rewrite_tokens(l, note_startup, file, NULL);
	}
	for (int i = 0; i < file->nr_blocks; i++) {
		struct asm_block *b = &file->blocks[i];

		if (b->kind != BLOCK_FUNC || b->state == BLOCK_SAME)
			continue;
		if (b->resolver && b->state == BLOCK_CHANGED) {
			gensrc_error(g, file, b->first, "'%s' changed: it is an IFUNC resolver, which "
				     "ran when the object was loaded, so the running process keeps the "
				     "implementation it chose; change the implementations instead",
				     b->name);
			return -EINVAL;
		}
		if (!b->startup && !strstr(b->name, "__static_initialization_and_destruction_"))
			continue;
		gensrc_error(g, file, b->first, "'%s' %s: it runs once, at startup, so the running "
			     "process keeps what the original initialised; change the variables' "
			     "initial values in code that runs again", b->name,
			     b->state == BLOCK_NEW ? "is new" : "changed");
		return -EINVAL;
	}
	return 0;
}

int match_functions(struct gensrc *g)
{
	char **orig_norm = calloc(g->orig.nr_blocks + 1, sizeof(*orig_norm));
	int renamed = 1, err = 0;

	if (!orig_norm)
		return -ENOMEM;
	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		struct asm_block *p = &g->patched.blocks[i];
		struct asm_block *o = find_block(&g->orig, p->name);

		if (p->kind != BLOCK_FUNC)
			continue;
		if (o && o->kind == BLOCK_FUNC) {
			p->twin = o;
			o->twin = p;
		} else {
			p->state = BLOCK_NEW;
			err = name_new_block(g, p);
		}
	}
	/* a changed clone renames itself, which changes its callers: repeat */
	while (renamed && !err) {
		renamed = 0;
		for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
			struct asm_block *p = &g->patched.blocks[i];
			int changed = 0;

			if (p->kind != BLOCK_FUNC || !p->twin || p->state != BLOCK_SAME)
				continue;
			p->line_only = 0;
			err = function_changed(g, p, orig_norm, &changed);
			if (!err && changed && !g->opt->no_line_rule)
				err = only_line_numbers_differ(g, p->twin, p, &changed);
			if (!err && changed)
				err = mark_changed(g, p, &renamed);
		}
	}
	if (!err)
		note_line_only(g);
	if (!err)
		err = check_startup_code(g);
	for (int i = 0; i < g->orig.nr_blocks; i++)
		free(orig_norm[i]);
	free(orig_norm);
	return err;
}

/* A changed function that the original's callers reach through an entry jump */
int is_redirected(const struct asm_block *p)
{
	return p->kind == BLOCK_FUNC && p->state == BLOCK_CHANGED && !is_clone(p);
}
