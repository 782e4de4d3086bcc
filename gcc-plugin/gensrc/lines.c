/*
 * The line rule: a function whose only differences from the original are
 * line numbers passed to calls (__LINE__ in assert() and error macros, moved
 * by an edit above them) is not a change, and is left unpatched.
 *
 * Each differing instruction pair must load an immediate into the same
 * argument register or outgoing stack slot, passed to a call (reached
 * through at most one jump into a call block that several paths share, or
 * a tail call), and either
 *  - the function's .loc directives, paired in order, say that line
 *    moved so (line 15 became line 17, or lines 14 and 16 both moved by
 *    2 and 15 lies between them), or
 *  - on each side the immediate equals a line the .loc directives give to
 *    its call sequence, from the previous control transfer to the call.
 * A real fix is taken for a moved line only if it changes a constant
 * argument by exactly the distance its code moved, from a value that is
 * a line of the function: then use --no-line-rule.
 * Every other line must be identical, so the call's other arguments are
 * the same.  Lines come from .loc directives, or without -g from the
 * plugin's "# libcare-line N" comments; with neither (the manual pipeline
 * without -g) nothing is known about lines and the difference stays a
 * change.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_LOCS	64

static const char *const arg_registers[] = {
	"%rdi", "%rsi", "%rdx", "%rcx", "%r8", "%r9",
	"%edi", "%esi", "%edx", "%ecx", "%r8d", "%r9d", NULL
};

/* The mnemonic of an instruction line into BUF ("" for other lines) */
static const char *mnemonic(const struct asm_line *l, char *buf, size_t size)
{
	const char *t = skip_space(l->text);
	size_t n = 0;

	buf[0] = 0;
	if (l->kind != LINE_INSN)
		return buf;
	while (t[n] && !isspace((unsigned char)t[n]) && n + 1 < size)
		n++;
	memcpy(buf, t, n);
	buf[n] = 0;
	return buf;
}

/* A call, jump or return: where the code between .loc ranges is cut */
static int is_transfer(const char *m)
{
	return m[0] == 'j' || !strncmp(m, "call", 4) || !strncmp(m, "ret", 3) ||
	       !strcmp(m, "ud2");
}

/* An argument register or a slot at a constant offset from %rsp */
static int is_argument(const char *dest)
{
	size_t len = strlen(dest);

	for (int i = 0; arg_registers[i]; i++)
		if (!strcmp(dest, arg_registers[i]))
			return 1;
	if (len >= 6 && !strcmp(dest + len - 6, "(%rsp)")) {
		for (size_t i = 0; i < len - 6; i++)
			if (!isdigit((unsigned char)dest[i]) && dest[i] != '-')
				return 0;
		return 1;
	}
	return 0;
}

/*
 * "movl $123, %edx" (or movq, mov, pushq $123): the immediate and, for a
 * move, the destination.  Returns 0 when the line is no such load.
 */
static int parse_load(const struct asm_line *l, long *value, char *dest, size_t size)
{
	char m[16], *end;
	const char *t;

	mnemonic(l, m, sizeof(m));
	if (strcmp(m, "mov") && strcmp(m, "movl") && strcmp(m, "movq") && strcmp(m, "pushq"))
		return 0;
	t = skip_space(skip_space(l->text) + strlen(m));
	if (*t != '$' || !isdigit((unsigned char)t[1]))
		return 0;
	*value = strtol(t + 1, &end, 10);
	if (!strcmp(m, "pushq")) {
		snprintf(dest, size, "push");
		return !*skip_space(end);
	}
	t = skip_space(end);
	if (*t != ',')
		return 0;
	t = skip_space(t + 1);
	snprintf(dest, size, "%s", t);
	for (char *e = dest + strlen(dest); e > dest && isspace((unsigned char)e[-1]); )
		*--e = 0;
	return is_argument(dest);
}

/*
 * The line number of a .loc directive, or of the plugin's comment after an
 * instruction when there is no debug information ("# libcare-line N"), or -1
 */
static long loc_line(const struct asm_line *l)
{
	const char *t = skip_space(l->text);
	long file, line;

	if (l->kind == LINE_BLANK && !strncmp(t, "# libcare-line ", 15))
		return strtol(t + 15, NULL, 10);
	if (l->kind != LINE_DIRECTIVE || !directive_is(t, ".loc"))
		return -1;
	if (sscanf(t + 4, "%ld %ld", &file, &line) != 2)
		return -1;
	return line;
}

static int find_label(const struct asm_file *file, const struct asm_block *b, const char *name)
{
	size_t len = strlen(name);

	for (int i = b->first; i <= b->last; i++) {
		const char *t = skip_space(file->lines[i].text);

		if (file->lines[i].kind == LINE_LABEL && !strncmp(t, name, len) && t[len] == ':')
			return i;
	}
	return -1;
}

/*
 * Is the value loaded at line AT passed to a call, and does it equal a line
 * the .loc directives give to that call sequence?  The sequence runs from
 * the previous control transfer to the call, possibly through one jump
 * (jmp, or a conditional one taken at -Os) into a call block that several
 * paths share.  1: it does; 0: it reaches a call but is not its line; -1:
 * it reaches no call.
 */
static int call_line(const struct asm_file *file, const struct asm_block *b, int at, long value)
{
	long locs[MAX_LOCS], in_effect = -1;
	int nr = 0, i, jumped = 0;
	char m[16];

	for (i = at - 1; i >= b->first; i--) {
		const struct asm_line *l = &file->lines[i];
		long line = loc_line(l);

		if (is_transfer(mnemonic(l, m, sizeof(m))))
			break;
		if (line >= 0 && nr < MAX_LOCS)
			locs[nr++] = line;
	}
	for (; i >= b->first && in_effect < 0; i--)
		in_effect = loc_line(&file->lines[i]);
	for (i = at + 1; i <= b->last; i++) {
		const struct asm_line *l = &file->lines[i];
		long line = loc_line(l);

		mnemonic(l, m, sizeof(m));
		if (line >= 0 && nr < MAX_LOCS)
			locs[nr++] = line;
		if (!strncmp(m, "call", 4))
			break;
		if (m[0] == 'j') {
			char target[256];
			const char *t = skip_space(skip_space(l->text) + strlen(m));
			size_t n = strcspn(t, " \t#");

			if (n >= sizeof(target) || *t == '*')
				return -1;
			/* a jump to another function is a tail call */
			if (!is_local_label(t))
				break;
			/* jmp or jcc into a call block that several paths share */
			if (jumped)
				return -1;
			memcpy(target, t, n);
			target[n] = 0;
			i = find_label(file, b, target);
			if (i < 0)
				return -1;
			jumped = 1;
			continue;
		}
		if (is_transfer(m))
			return -1;
	}
	if (i > b->last)
		return -1;
	if (!nr && in_effect >= 0)
		locs[nr++] = in_effect;
	for (int k = 0; k < nr; k++)
		if (locs[k] == value)
			return 1;
	return 0;
}

static void free_index(struct norm_index *idx)
{
	free(idx->line);
	free(idx->offset);
}

static int same_text(const struct outbuf *a, const struct norm_index *ia, int k,
		     const struct outbuf *b, const struct norm_index *ib)
{
	size_t la = ia->offset[k + 1] - ia->offset[k], lb = ib->offset[k + 1] - ib->offset[k];

	return la == lb && !memcmp(a->data + ia->offset[k], b->data + ib->offset[k], la);
}

/* The file number of a .loc directive (0 for the plugin's comments) */
static long loc_file(const struct asm_line *l)
{
	const char *t = skip_space(l->text);

	return l->kind == LINE_DIRECTIVE ? strtol(t + 4, NULL, 10) : 0;
}

/*
 * Did source line FROM of O become line TO of P?  Code that differs only in
 * line numbers has its .loc lines in the same order on both sides, so the
 * k-th of O pairs with the k-th of P, and these pairs say how lines moved.
 * A line with no .loc of its own (GCC merged its code with another's)
 * moved as the nearest lines around it did, when both moved alike.  This
 * finds a line number GCC hoisted away from its call, or loaded for a
 * call block that several lines share.
 */
static int line_moved(struct gensrc *g, const struct asm_block *o, const struct asm_block *p,
		      long from, long to)
{
	long below_file[MAX_LOCS], below[MAX_LOCS], above[MAX_LOCS];
	long below_delta[MAX_LOCS], above_delta[MAX_LOCS];
	int nr_files = 0, i = o->first, j = p->first, ok = 0;

	for (;;) {
		long lo = -1, lp = -1, file, delta;
		int f;

		for (; i <= o->last && lo < 0; i++)
			lo = loc_line(&g->orig.lines[i]);
		for (; j <= p->last && lp < 0; j++)
			lp = loc_line(&g->patched.lines[j]);
		if (lo < 0 || lp < 0) {
			if (lo >= 0 || lp >= 0)
				return 0;	/* not the same .loc sequence */
			break;
		}
		file = loc_file(&g->orig.lines[i - 1]);
		if (file != loc_file(&g->patched.lines[j - 1]))
			return 0;
		delta = lp - lo;
		for (f = 0; f < nr_files && below_file[f] != file; f++)
			;
		if (f == nr_files) {
			if (nr_files == MAX_LOCS)
				return 0;
			below_file[f] = file;
			below[f] = -1;
			above[f] = -1;
			nr_files++;
		}
		/* the nearest line at or below FROM, and at or above it */
		if (lo <= from && (below[f] < lo || (below[f] == lo && below_delta[f] != delta))) {
			if (below[f] == lo)
				return 0;	/* one line, two moves */
			below[f] = lo;
			below_delta[f] = delta;
		}
		if (lo >= from && (above[f] < 0 || above[f] > lo ||
				   (above[f] == lo && above_delta[f] != delta))) {
			if (above[f] == lo)
				return 0;
			above[f] = lo;
			above_delta[f] = delta;
		}
	}
	for (int f = 0; f < nr_files; f++)
		if (below[f] >= 0 && above[f] >= 0 && below_delta[f] == to - from &&
		    above_delta[f] == to - from)
			ok = 1;
	return ok;
}

/* Is the pair of differing lines K a line number moved, and nothing else? */
static int line_pair(struct gensrc *g, const struct asm_block *o, const struct asm_block *p,
		     int lo, int lp, long *from, long *to)
{
	char dest_o[128], dest_p[128];
	long vo, vp;
	int co, cp;

	if (!parse_load(&g->orig.lines[lo], &vo, dest_o, sizeof(dest_o)) ||
	    !parse_load(&g->patched.lines[lp], &vp, dest_p, sizeof(dest_p)))
		return 0;
	if (strcmp(dest_o, dest_p) || vo == vp)
		return 0;
	co = call_line(&g->orig, o, lo, vo);
	cp = call_line(&g->patched, p, lp, vp);
	if (co < 0 || cp < 0)
		return 0;
	if (!(co && cp) && !line_moved(g, o, p, vo, vp))
		return 0;
	*from = vo;
	*to = vp;
	return 1;
}

/*
 * O and P differ in their normal forms.  Set *CHANGED to 0 and mark P
 * when every difference is a line number passed to a call.
 */
int only_line_numbers_differ(struct gensrc *g, const struct asm_block *o,
			     struct asm_block *p, int *changed)
{
	struct norm_index io = { 0 }, ip = { 0 };
	struct outbuf a = { 0 }, b = { 0 };
	long from = 0, to = 0;
	int err, nr_moved = 0, ok;

	err = normalise_block_indexed(g, &g->orig, o, &a, &io);
	if (!err)
		err = normalise_block_indexed(g, &g->patched, p, &b, &ip);
	if (err || a.failed || b.failed) {
		err = err ? err : -ENOMEM;
		goto out;
	}
	ok = io.nr == ip.nr;
	for (int k = 0; ok && k < io.nr; k++) {
		if (same_text(&a, &io, k, &b, &ip))
			continue;
		ok = line_pair(g, o, p, io.line[k], ip.line[k], nr_moved ? &(long){ 0 } : &from,
			       nr_moved ? &(long){ 0 } : &to);
		nr_moved++;
	}
	if (ok && nr_moved) {
		*changed = 0;
		p->line_only = 1;
		p->line_from = from;
		p->line_to = to;
		p->nr_line_moves = nr_moved;
	}
out:
	free_index(&io);
	free_index(&ip);
	free(a.data);
	free(b.data);
	return err;
}

/* One note per function the rule kept from the patch */
void note_line_only(struct gensrc *g)
{
	for (int i = 0; i < g->patched.nr_blocks; i++) {
		const struct asm_block *p = &g->patched.blocks[i];

		if (p->kind != BLOCK_FUNC || p->state != BLOCK_SAME || !p->line_only)
			continue;
		gensrc_note(g, "'%s' is left unpatched: it differs only in line numbers passed "
			    "to calls (%ld -> %ld, %d in all)", p->name, p->line_from, p->line_to,
			    p->nr_line_moves);
	}
}
