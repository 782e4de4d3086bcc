/*
 * The layout check: a changed or new function that uses a struct or union
 * whose size, member offsets or member types differ between the two builds
 * is refused, because running processes hold those objects in the old
 * layout and no assembly differ can see that.  The records come from the
 * plugin (GCC's types) or from DWARF (kpatch_gensrc with -g), in the text
 * form of docs/internals.md ("Layout records"):
 *
 *   libcare-layout 1
 *   type struct msg 16          a type and its size in bytes
 *   member code 8 int           name, offset (BYTE or BYTE:BIT/WIDTH), type
 *   ambiguous struct node       two different types of that name: not compared
 *   use format struct msg       function format uses struct msg
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct layout_member {
	char *name, *offset, *type;
	int matched;
};

struct layout_type {
	char *name;
	char *size;
	int ambiguous;
	struct layout_member *members;
	int nr_members;
};

struct layout_uses {
	char **types;
	int nr;
};

struct layout {
	struct strmap *types;	/* name -> struct layout_type * */
	struct strmap *uses;	/* function -> struct layout_uses * */
	/* everything, to free it */
	struct layout_type **all_types;
	int nr_types;
	struct layout_uses **all_uses;
	int nr_uses;
};

static int grow(void *arrayp, int nr, size_t elem)
{
	void **array = arrayp;
	void *bigger;

	if (nr & (nr - 1) && nr)
		return 0;
	bigger = realloc(*array, (nr ? nr * 2 : 4) * elem);
	if (!bigger)
		return -ENOMEM;
	*array = bigger;
	return 0;
}

/* "WORD REST": *word and *rest point into LINE, which is cut after WORD */
static char *split_word(char *line, char **rest)
{
	char *space = strchr(line, ' ');

	if (!space) {
		*rest = line + strlen(line);
		return line;
	}
	*space = 0;
	*rest = space + 1;
	return line;
}

static struct layout_type *new_type(struct layout *l, char *rest)
{
	char *size = strrchr(rest, ' ');
	struct layout_type *t;

	if (!size)
		return NULL;
	*size++ = 0;
	t = calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->name = strdup(rest);
	t->size = strdup(size);
	if (!t->name || !t->size || grow(&l->all_types, l->nr_types, sizeof(*l->all_types)) ||
	    strmap_put(l->types, t->name, t)) {
		free(t->name);
		free(t->size);
		free(t);
		return NULL;
	}
	l->all_types[l->nr_types++] = t;
	return t;
}

static int add_member(struct layout_type *t, char *rest)
{
	char *offset, *type;
	struct layout_member *m;

	if (grow(&t->members, t->nr_members, sizeof(*t->members)))
		return -ENOMEM;
	m = &t->members[t->nr_members];
	memset(m, 0, sizeof(*m));
	rest = split_word(rest, &offset);
	offset = split_word(offset, &type);
	m->name = strdup(rest);
	m->offset = strdup(offset);
	m->type = strdup(type);
	t->nr_members++;
	return m->name && m->offset && m->type ? 0 : -ENOMEM;
}

static int add_use(struct layout *l, char *rest)
{
	char *type, *func = split_word(rest, &type);
	struct layout_uses *u = strmap_get(l->uses, func);

	if (!u) {
		u = calloc(1, sizeof(*u));
		if (!u || grow(&l->all_uses, l->nr_uses, sizeof(*l->all_uses)) ||
		    strmap_put(l->uses, func, u)) {
			free(u);
			return -ENOMEM;
		}
		l->all_uses[l->nr_uses++] = u;
	}
	if (grow(&u->types, u->nr, sizeof(*u->types)))
		return -ENOMEM;
	u->types[u->nr] = strdup(type);
	return u->types[u->nr++] ? 0 : -ENOMEM;
}

static void free_layout(struct layout *l)
{
	for (int i = 0; i < l->nr_types; i++) {
		struct layout_type *t = l->all_types[i];

		for (int j = 0; j < t->nr_members; j++) {
			free(t->members[j].name);
			free(t->members[j].offset);
			free(t->members[j].type);
		}
		free(t->members);
		free(t->name);
		free(t->size);
		free(t);
	}
	for (int i = 0; i < l->nr_uses; i++) {
		for (int j = 0; j < l->all_uses[i]->nr; j++)
			free(l->all_uses[i]->types[j]);
		free(l->all_uses[i]->types);
		free(l->all_uses[i]);
	}
	free(l->all_types);
	free(l->all_uses);
	strmap_free(l->types, 0);
	strmap_free(l->uses, 0);
}

static int parse_line(struct gensrc *g, struct layout *l, struct layout_type **cur, char *line,
		      const char *what, int nr)
{
	char *rest, *word = split_word(line, &rest);
	struct layout_type *t;

	if (!*word || *word == '#')
		return 0;
	if (!strcmp(word, "libcare-layout"))
		return strcmp(rest, "1") ? -EPROTO : 0;
	if (!strcmp(word, "type")) {
		char *size = strrchr(rest, ' ');

		if (!size)
			goto bad;
		*size = 0;
		t = strmap_get(l->types, rest);
		*size = ' ';
		if (t) {
			/* two types of one name (block-scope tags): compare neither */
			t->ambiguous = 1;
			*cur = NULL;
			return 0;
		}
		*cur = new_type(l, rest);
		return *cur ? 0 : -ENOMEM;
	}
	if (!strcmp(word, "member"))
		return *cur ? add_member(*cur, rest) : 0;	/* members of an ambiguous type */
	if (!strcmp(word, "use"))
		return add_use(l, rest);
	if (!strcmp(word, "ambiguous")) {
		t = strmap_get(l->types, rest);
		if (!t) {
			/* "ambiguous NAME" may come before or without its type */
			char named[strlen(rest) + 4];

			strcpy(named, rest);
			strcat(named, " 0");
			t = new_type(l, named);
			if (!t)
				return -ENOMEM;
		}
		t->ambiguous = 1;
		*cur = NULL;
		return 0;
	}
bad:
	gensrc_error(g, NULL, -1, "%s layout record, line %d: cannot read '%s'", what, nr, word);
	return -EINVAL;
}

static int parse_layout(struct gensrc *g, struct layout *l, const char *text, const char *what)
{
	struct layout_type *cur = NULL;
	char *copy = strdup(text), *line, *next;
	int nr = 0, err = 0;

	l->types = strmap_new();
	l->uses = strmap_new();
	if (!copy || !l->types || !l->uses) {
		free(copy);
		return -ENOMEM;
	}
	for (line = copy; line && !err; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		nr++;
		err = parse_line(g, l, &cur, line, what, nr);
	}
	if (err == -EPROTO)
		gensrc_error(g, NULL, -1, "%s layout record: not version 1", what);
	free(copy);
	return err == -EPROTO ? -EINVAL : err;
}

/* "struct msg" -> "msg", what layout-ok= takes most simply */
static const char *bare_name(const char *type)
{
	if (!strncmp(type, "struct ", 7))
		return type + 7;
	if (!strncmp(type, "union ", 6))
		return type + 6;
	return type;
}

/* "msg" allows struct msg, union msg and a typedef msg; "struct msg" only that */
static int layout_allowed(const char *ok, const char *type)
{
	const char *bare = bare_name(type), *p = ok;

	if (!ok)
		return 0;
	while (*p) {
		size_t len = strcspn(p, ",");

		while (len && *p == ' ') {
			p++;
			len--;
		}
		if ((strlen(type) == len && !strncmp(p, type, len)) ||
		    (strlen(bare) == len && !strncmp(p, bare, len)))
			return 1;
		p += len;
		if (*p == ',')
			p++;
	}
	return 0;
}

static struct layout_member *find_member(struct layout_type *t, const char *name)
{
	for (int i = 0; i < t->nr_members; i++)
		if (!strcmp(t->members[i].name, name))
			return &t->members[i];
	return NULL;
}

struct layout_check {
	const char *type;
	struct outbuf what;	/* the differences, "; "-separated */
};

static void __attribute__((format(printf, 2, 3))) differ(struct layout_check *c,
							 const char *fmt, ...)
{
	char what[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (c->what.len)
		out_str(&c->what, "; ");
	out_str(&c->what, what);
}

/* Same name, or an unmatched member at the same offset with the same type (a rename) */
static void compare_types(struct layout_check *c, struct layout_type *o, struct layout_type *p)
{
	for (int i = 0; i < o->nr_members; i++)
		o->members[i].matched = 0;
	for (int i = 0; i < p->nr_members; i++) {
		struct layout_member *pm = &p->members[i], *om = find_member(o, pm->name);

		pm->matched = 0;
		if (!om)
			continue;
		om->matched = pm->matched = 1;
		if (strcmp(om->type, pm->type))
			differ(c, "member %s changed type from %s to %s", pm->name, om->type,
			       pm->type);
		else if (strcmp(om->offset, pm->offset))
			differ(c, "member %s offset %s -> %s", pm->name, om->offset, pm->offset);
	}
	for (int i = 0; i < p->nr_members; i++) {
		struct layout_member *pm = &p->members[i];

		for (int j = 0; j < o->nr_members && !pm->matched; j++) {
			struct layout_member *om = &o->members[j];

			if (!om->matched && !strcmp(om->offset, pm->offset) &&
			    !strcmp(om->type, pm->type))
				om->matched = pm->matched = 1;
		}
	}
	for (int i = 0; i < p->nr_members; i++)
		if (!p->members[i].matched)
			differ(c, "member %s added at offset %s (%s)", p->members[i].name,
			       p->members[i].offset, p->members[i].type);
	for (int i = 0; i < o->nr_members; i++)
		if (!o->members[i].matched)
			differ(c, "member %s removed (it was at offset %s, %s)", o->members[i].name,
			       o->members[i].offset, o->members[i].type);
	if (strcmp(o->size, p->size))
		differ(c, "size %s -> %s", o->size, p->size);
}

/* F is a GCC clone (F = foo.constprop.0): the function it was made from */
static struct layout_uses *origin_uses(struct layout *l, const char *func)
{
	const char *dot = strchr(func + 1, '.');
	char base[dot ? dot - func + 1 : 1];

	if (!dot)
		return NULL;
	memcpy(base, func, dot - func);
	base[dot - func] = 0;
	return strmap_get(l->uses, base);
}

static int check_uses(struct gensrc *g, struct layout *orig, struct layout *patched,
		      struct strmap *done, const char *func, struct layout_uses *u)
{
	int refused = 0;

	for (int i = 0; u && i < u->nr; i++) {
		struct layout_type *o = strmap_get(orig->types, u->types[i]);
		struct layout_type *p = strmap_get(patched->types, u->types[i]);

		if (!o || !p || o->ambiguous || p->ambiguous || strmap_get(done, u->types[i]) ||
		    layout_allowed(g->opt->layout_ok, u->types[i]))
			continue;
		struct layout_check c = { .type = u->types[i] };

		if (strmap_put(done, u->types[i], p))
			return -ENOMEM;
		compare_types(&c, o, p);
		if (c.what.failed) {
			free(c.what.data);
			return -ENOMEM;
		}
		if (!c.what.len)
			continue;
		gensrc_error(g, NULL, -1,
			     "%s: %s (used by '%s'): running processes hold it in the old layout; "
			     "if no %s lives across the patch, allow it: LIBCARE_LAYOUT_OK=%s",
			     c.type, c.what.data, func, c.type, bare_name(c.type));
		free(c.what.data);
		refused = 1;
	}
	return refused ? -EINVAL : 0;
}

/* What F's code uses, and a clone's origin too (its record is older than the cloning) */
static int check_function(struct gensrc *g, struct layout *orig, struct layout *patched,
			  struct strmap *done, const char *func)
{
	int err = check_uses(g, orig, patched, done, func, strmap_get(patched->uses, func));
	int err2 = check_uses(g, orig, patched, done, func, origin_uses(patched, func));

	return err == -ENOMEM || err2 == -ENOMEM ? -ENOMEM : err ? err : err2;
}

int check_layouts(struct gensrc *g)
{
	const char *orig_text = g->opt->orig_layout, *patched_text = g->opt->patched_layout;
	struct layout orig = { 0 }, patched = { 0 };
	struct strmap *done;
	int err, failed = 0;

	if (!orig_text && g->opt->load_layouts) {
		err = g->opt->load_layouts(g->opt->load_layouts_arg, &orig_text, &patched_text);
		if (err)
			return err;
	}
	if (!orig_text || !patched_text)
		return 0;
	done = strmap_new();
	if (!done)
		return -ENOMEM;
	err = parse_layout(g, &orig, orig_text, "original");
	if (!err)
		err = parse_layout(g, &patched, patched_text, "patched");
	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		const struct asm_block *p = &g->patched.blocks[i];

		if (p->kind != BLOCK_FUNC || p->state == BLOCK_SAME)
			continue;
		err = check_function(g, &orig, &patched, done, p->name);
		if (err == -EINVAL) {
			failed = 1;
			err = 0;
		}
	}
	free_layout(&orig);
	free_layout(&patched);
	strmap_free(done, 0);
	return err ? err : failed ? -EINVAL : 0;
}
