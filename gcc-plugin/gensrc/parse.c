/*
 * Lines to blocks: splits a GCC x86-64 AT&T assembly file into lines,
 * follows section switches, and finds the blocks gensrc compares:
 *
 *   F: ... .size F, .-F          a function, with everything between its
 *                                label and its last .size (jump tables in
 *                                .rodata, the F.cold part in .text.unlikely)
 *   X: .long 5                   a variable (.type X, @object), or .comm X
 *   .LC0: .string "..."          a local constant outside any function
 *
 * Everything else (section switches, .file, .ident, debug sections) is
 * context that gensrc copies from the original without comparing it.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_NESTED	16	/* F plus F.cold and friends inside one region */

enum sym_type { SYM_NONE, SYM_FUNCTION, SYM_OBJECT, SYM_TLS };

struct sym_attr {
	enum sym_type type;
	int global;		/* 1: .globl or .weak, -1: .local */
	int weak;
	int hidden;
	long size;
};

static const char *const data_directives[] = {
	".byte", ".value", ".short", ".word", ".hword", ".2byte", ".4byte", ".8byte", ".long",
	".int", ".quad", ".octa", ".string", ".ascii", ".asciz", ".zero", ".skip", ".space",
	".float", ".single", ".double", ".uleb128", ".sleb128", ".base64", NULL
};

/*
 * Most lines of a -g file are data directives of the debug sections, each
 * asked about before anything else: the directive's word is found once
 * and compared by length first.
 */
static int is_data_directive(const struct asm_line *line)
{
	static size_t lens[sizeof(data_directives) / sizeof(data_directives[0])];
	const char *t, *e;

	if (line->kind != LINE_DIRECTIVE)
		return 0;
	if (!lens[0])
		for (int i = 0; data_directives[i]; i++)
			lens[i] = strlen(data_directives[i]);
	t = skip_space(line->text);
	for (e = t; *e && !isspace((unsigned char)*e); e++)
		;
	for (int i = 0; data_directives[i]; i++)
		if (lens[i] == (size_t)(e - t) && !memcmp(t, data_directives[i], lens[i]))
			return 1;
	return 0;
}

static int is_align_directive(const struct asm_line *line)
{
	return line->kind == LINE_DIRECTIVE &&
	       (directive_is(line->text, ".align") || directive_is(line->text, ".p2align") ||
		directive_is(line->text, ".balign"));
}

static enum line_kind classify(const char *text)
{
	const char *t = skip_space(text), *p = t;

	if (!*t || *t == '#')
		return LINE_BLANK;
	while (isalnum((unsigned char)*p) || *p == '_' || *p == '.' || *p == '$')
		p++;
	if (p > t && *p == ':')
		return LINE_LABEL;
	return *t == '.' ? LINE_DIRECTIVE : LINE_INSN;
}

/* The name a label line defines (up to the colon), copied into BUF */
static const char *label_name(const struct asm_line *line, char *buf, size_t size)
{
	const char *t = skip_space(line->text);
	size_t len = strcspn(t, ":");

	if (len >= size)
		len = size - 1;
	memcpy(buf, t, len);
	buf[len] = '\0';
	return buf;
}

/* First operand of a directive ("X" in ".type X, @function"), copied into BUF */
static const char *first_operand(const char *text, char *buf, size_t size)
{
	const char *t = skip_space(text);
	size_t len;

	while (*t && !isspace((unsigned char)*t))
		t++;
	t = skip_space(t);
	if (*t == '"') {
		t++;
		len = strcspn(t, "\"");
	} else {
		len = strcspn(t, ", \t");
	}
	if (len >= size)
		len = size - 1;
	memcpy(buf, t, len);
	buf[len] = '\0';
	return t + len;
}

static enum section_kind section_kind(const char *name, const char *flags, int nobits)
{
	if (!strncmp(name, ".text", 5) || strchr(flags, 'x'))
		return SEC_TEXT;
	if (!strncmp(name, ".tdata", 6) || !strncmp(name, ".tbss", 5) || strchr(flags, 'T'))
		return SEC_TLS;
	if (!strncmp(name, ".bss", 4) || nobits)
		return strchr(flags, 'a') || !strncmp(name, ".bss", 4) ? SEC_BSS : SEC_OTHER;
	/* .data.rel.ro holds constants that need relocating: read-only once loaded */
	if (!strncmp(name, ".rodata", 7) || !strncmp(name, ".data.rel.ro", 12))
		return SEC_RODATA;
	if (!strncmp(name, ".data", 5))
		return SEC_DATA;
	if (strchr(flags, 'a'))
		return strchr(flags, 'w') ? SEC_DATA : SEC_RODATA;
	return SEC_OTHER;
}

static int find_section(struct asm_file *file, const char *name, const char *flags, int nobits)
{
	struct asm_section *sections;
	int i;

	for (i = 0; i < file->nr_sections; i++)
		if (!strcmp(file->sections[i].name, name))
			return i;
	if (i == MAX_SECTIONS)
		return -EOVERFLOW;	/* more than struct asm_line can number */
	sections = realloc(file->sections, (i + 1) * sizeof(*sections));
	if (!sections)
		return -ENOMEM;
	file->sections = sections;
	sections[i].name = strdup(name);
	if (!sections[i].name)
		return -ENOMEM;
	sections[i].kind = section_kind(name, flags, nobits);
	file->nr_sections++;
	return i;
}

/* The section a .section/.pushsection line names, added on first sight */
static int named_section(struct asm_file *file, const char *text)
{
	char name[256], flags[32] = "";
	const char *rest = first_operand(text, name, sizeof(name));
	const char *q = strchr(rest, '"');

	if (q) {
		size_t len = strcspn(q + 1, "\"");

		if (len >= sizeof(flags))
			len = sizeof(flags) - 1;
		memcpy(flags, q + 1, len);
		flags[len] = '\0';
	}
	return find_section(file, name, flags, strstr(rest, "@nobits") != NULL);
}

struct section_state {
	int current, previous;
	int stack[32];
	int depth;
};

/* Follow one line's effect on the current section; returns -errno */
static int track_section(struct asm_file *file, struct section_state *s, const char *text)
{
	int next = -1;

	if (directive_is(text, ".text"))
		next = find_section(file, ".text", "ax", 0);
	else if (directive_is(text, ".data"))
		next = find_section(file, ".data", "aw", 0);
	else if (directive_is(text, ".bss"))
		next = find_section(file, ".bss", "aw", 1);
	else if (directive_is(text, ".section"))
		next = named_section(file, text);
	else if (directive_is(text, ".pushsection")) {
		if (s->depth == (int)(sizeof(s->stack) / sizeof(s->stack[0])))
			return -E2BIG;
		s->stack[s->depth++] = s->current;
		next = named_section(file, text);
	} else if (directive_is(text, ".popsection")) {
		if (!s->depth)
			return -EINVAL;
		next = s->stack[--s->depth];
	} else if (directive_is(text, ".previous")) {
		next = s->previous;
	} else {
		return 0;
	}
	if (next < 0)
		return next;
	s->previous = s->current;
	s->current = next;
	return 0;
}

/*
 * Lines are pointers into one buffer whose newlines became NULs: a copy of
 * TEXT, or TEXT itself when WRITABLE (it holds a NUL at TEXT[LEN]).
 */
static int split_lines(struct asm_file *file, char *text, size_t len, int writable)
{
	size_t count = 1, n = 0;
	char *p, *buf = text;

	if (!writable) {
		buf = file->buf = xstrndup(text, len);
		if (!file->buf)
			return -ENOMEM;
	}
	for (p = buf; (p = memchr(p, '\n', buf + len - p)); p++)
		count++;
	file->lines = calloc(count, sizeof(*file->lines));
	if (!file->lines)
		return -ENOMEM;
	for (p = buf; p < buf + len;) {
		char *nl = memchr(p, '\n', buf + len - p);

		file->lines[n++].text = p;
		if (!nl)
			break;
		*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		p = nl + 1;
	}
	file->nr_lines = n;
	for (int i = 0; i < file->nr_lines; i++)
		file->lines[i].kind = classify(file->lines[i].text);
	return 0;
}

static struct sym_attr *attr_of(struct strmap *attrs, const char *name)
{
	struct sym_attr *a = strmap_get(attrs, name);

	if (a)
		return a;
	a = calloc(1, sizeof(*a));
	if (a) {
		a->size = -1;
		if (strmap_put(attrs, name, a)) {
			free(a);
			return NULL;
		}
	}
	return a;
}

/* .type, .globl/.weak and numeric .size of every symbol, wherever they appear */
static int collect_attributes(struct asm_file *file, struct strmap *attrs)
{
	char name[256];

	for (int i = 0; i < file->nr_lines; i++) {
		const char *t = file->lines[i].text, *rest;
		struct sym_attr *a;

		if (file->lines[i].kind != LINE_DIRECTIVE)
			continue;
		/* most directives are none of these: their second letter tells */
		t = skip_space(t);
		if (!strchr("tgwhs", t[1]) || !t[1])
			continue;
		if (!directive_is(t, ".type") && !directive_is(t, ".globl") &&
		    !directive_is(t, ".global") && !directive_is(t, ".weak") &&
		    !directive_is(t, ".hidden") && !directive_is(t, ".size"))
			continue;
		rest = first_operand(t, name, sizeof(name));
		a = attr_of(attrs, name);
		if (!a)
			return -ENOMEM;
		if (directive_is(t, ".type")) {
			if (strstr(rest, "function"))
				a->type = SYM_FUNCTION;
			else if (strstr(rest, "tls_object"))
				a->type = SYM_TLS;
			else if (strstr(rest, "object"))
				a->type = SYM_OBJECT;
		} else if (directive_is(t, ".size")) {
			rest = skip_space(rest + (*rest == ','));
			if (isdigit((unsigned char)*rest))
				a->size = strtol(rest, NULL, 0);
		} else if (directive_is(t, ".hidden")) {
			a->hidden = 1;
		} else {
			a->global = 1;
			a->weak |= directive_is(t, ".weak");
		}
	}
	return 0;
}

static struct asm_block *new_block(struct asm_file *file, enum block_kind kind, const char *name,
				   int line, int section, int align_line)
{
	struct asm_block *blocks, *b;

	blocks = realloc(file->blocks, (file->nr_blocks + 1) * sizeof(*blocks));
	if (!blocks)
		return NULL;
	file->blocks = blocks;
	b = &blocks[file->nr_blocks];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	b->name = strdup(name);
	b->out_name = strdup(name);
	if (!b->name || !b->out_name) {
		free(b->name);
		free(b->out_name);
		return NULL;
	}
	file->nr_blocks++;
	b->first = b->last = b->parts_first = line;
	b->section = section;
	b->align_line = align_line;
	b->size = -1;
	b->hot_size_line = -1;
	return b;
}

/* Content of a variable or constant: the data directives after its label */
static int data_end(const struct asm_file *file, int label)
{
	int last = label;

	for (int i = label + 1; i < file->nr_lines; i++) {
		if (is_data_directive(&file->lines[i]))
			last = i;
		else if (file->lines[i].kind != LINE_BLANK)
			break;
	}
	return last;
}

/* .comm NAME,SIZE,ALIGN and .lcomm: a variable with no content lines */
static int parse_common(struct gensrc *g, struct asm_file *file, int i, struct strmap *attrs)
{
	char name[256];
	const char *rest = first_operand(file->lines[i].text, name, sizeof(name));
	struct sym_attr *a = strmap_get(attrs, name);
	struct asm_block *b;
	int bss = find_section(file, ".bss", "aw", 1);

	if (bss < 0)
		return bss;
	b = new_block(file, BLOCK_VAR, name, i, bss, -1);
	if (!b)
		return -ENOMEM;
	b->common = 1;
	/* .comm without .local is a global common symbol */
	b->global = directive_is(file->lines[i].text, ".comm") && !(a && a->global == -1);
	if (*rest == ',')
		b->size = strtol(rest + 1, (char **)&rest, 0);
	if (*rest == ',')
		b->common_align = strtol(rest + 1, NULL, 0);
	if (b->size < 0) {
		gensrc_error(g, file, i, "cannot read the size of common symbol '%s'", name);
		return -EINVAL;
	}
	return 0;
}

/* Has every function label of the region had its .size? */
/*
 * `.set .LC1,.LC0+8`: GCC places a scalar constant inside a vector one and
 * names it by an alias.  It becomes a constant block that copies its
 * target; other .set lines are left to the text.
 */
static int parse_alias(struct asm_file *file, int i, int section)
{
	char name[256], target[256];
	const char *rest = first_operand(file->lines[i].text, name, sizeof(name));
	struct asm_block *b;
	size_t n;

	if (!is_const_label(name) || !rest)
		return 0;
	rest = skip_space(rest);
	if (*rest == ',')
		rest = skip_space(rest + 1);
	n = strcspn(rest, "+- \t");
	if (!n || n >= sizeof(target))
		return 0;
	memcpy(target, rest, n);
	target[n] = '\0';
	if (!is_const_label(target))
		return 0;
	b = new_block(file, BLOCK_CONST, name, i, section, -1);
	if (!b)
		return -ENOMEM;
	b->alias_target = strdup(target);
	b->alias_offset = strdup(skip_space(rest + n));
	if (!b->alias_target || !b->alias_offset)
		return -ENOMEM;
	for (char *e = b->alias_offset + strlen(b->alias_offset);
	     e > b->alias_offset && (e[-1] == ' ' || e[-1] == '\t'); )
		*--e = '\0';
	return 0;
}

/*
 * With hot/cold splitting GCC opens a function's region with labels
 * before it, one per part: `.section .text.unlikely` `.LCOLDB4:` `.text`
 * `.LHOTB4:` ... `F:`.  The cold part's exception table counts from
 * .LCOLDB4, so those labels belong to the function: returns the first
 * such line before LABEL, or LABEL when there is none.
 */
static int part_labels_start(const struct asm_file *file, int label)
{
	static const char *const parts[] = { ".LCOLDB", ".LHOTB", NULL };
	int first = label;

	for (int i = label - 1; i >= 0; i--) {
		const struct asm_line *l = &file->lines[i];
		const char *t = skip_space(l->text);
		int part = 0;

		if (l->kind == LINE_BLANK)
			continue;
		if (l->kind == LINE_DIRECTIVE) {
			if (is_align_directive(l) || is_section_directive(l) ||
			    directive_is(t, ".globl") || directive_is(t, ".weak") ||
			    directive_is(t, ".type") || directive_is(t, ".hidden"))
				continue;
			break;
		}
		if (l->kind != LINE_LABEL)
			break;
		for (int k = 0; parts[k]; k++)
			part |= !strncmp(t, parts[k], strlen(parts[k])) &&
				isdigit((unsigned char)t[strlen(parts[k])]);
		if (part)
			first = i;
		/* with -g, .Ltext_cold0 marks the cold section's start for DWARF */
		else if (!is_debug_line(l) && strncmp(t, ".Ltext_cold", 11))
			break;
	}
	return first;
}

static int region_closed(char nested[][256], int nr_nested)
{
	for (int n = 0; n < nr_nested; n++)
		if (nested[n][0])
			return 0;
	return 1;
}

static int find_blocks(struct gensrc *g, struct asm_file *file, struct strmap *attrs)
{
	struct section_state s = { .current = -1, .previous = -1 };
	char name[256], nested[MAX_NESTED][256];
	int nr_nested = 0, align = -1, err;
	struct asm_block *func = NULL;

	for (int i = 0; i < file->nr_lines; i++) {
		struct asm_line *line = &file->lines[i];
		enum section_kind kind;
		struct sym_attr *a;

		/* data never switches sections, opens or closes a block */
		if (is_data_directive(line)) {
			line->section = s.current;
			if (!func)
				align = -1;
			continue;
		}
		if (line->kind == LINE_DIRECTIVE) {
			int before = s.current;

			err = track_section(file, &s, line->text);
			if (err == -EOVERFLOW) {
				gensrc_error(g, file, i, "more than %d sections", MAX_SECTIONS);
				return -EINVAL;
			}
			if (err) {
				gensrc_error(g, file, i, "unbalanced section stack");
				return err;
			}
			if (before != s.current)
				align = -1;
		}
		line->section = s.current;
		kind = s.current >= 0 ? file->sections[s.current].kind : SEC_TEXT;

		if (func) {
			if (line->kind == LINE_LABEL) {
				a = strmap_get(attrs, label_name(line, name, sizeof(name)));
				if (a && a->type == SYM_FUNCTION) {
					if (nr_nested == MAX_NESTED) {
						gensrc_error(g, file, i, "too many functions inside '%s'",
							     func->name);
						return -EINVAL;
					}
					strcpy(nested[nr_nested++], name);
				}
			} else if (line->kind == LINE_DIRECTIVE && directive_is(line->text, ".size")) {
				first_operand(line->text, name, sizeof(name));
				for (int n = 0; n < nr_nested; n++) {
					if (strcmp(nested[n], name))
						continue;
					if (n == 0)
						func->hot_size_line = i;
					nested[n][0] = '\0';
					func->last = i;
				}
				if (region_closed(nested, nr_nested))
					func = NULL;
			}
			continue;
		}

		if (line->kind == LINE_DIRECTIVE &&
		    (directive_is(line->text, ".comm") || directive_is(line->text, ".lcomm"))) {
			err = parse_common(g, file, i, attrs);
			if (err)
				return err;
			continue;
		}
		if (line->kind == LINE_DIRECTIVE && directive_is(line->text, ".set") &&
		    kind != SEC_TEXT && kind != SEC_OTHER) {
			err = parse_alias(file, i, s.current);
			if (err)
				return err;
			continue;
		}
		if (line->kind == LINE_DIRECTIVE && directive_is(line->text, ".local")) {
			first_operand(line->text, name, sizeof(name));
			a = attr_of(attrs, name);
			if (!a)
				return -ENOMEM;
			a->global = -1;
			continue;
		}
		if (is_align_directive(line)) {
			align = i;
			continue;
		}
		if (line->kind == LINE_INSN || is_data_directive(line)) {
			align = -1;
			continue;
		}
		if (line->kind != LINE_LABEL)
			continue;

		label_name(line, name, sizeof(name));
		a = strmap_get(attrs, name);
		if (a && a->type == SYM_FUNCTION) {
			func = new_block(file, BLOCK_FUNC, name, i, s.current, align);
			if (!func)
				return -ENOMEM;
			func->global = a->global > 0;
			func->weak = a->weak;
			func->hidden = a->hidden;
			func->parts_first = part_labels_start(file, i);
			strcpy(nested[0], name);
			nr_nested = 1;
		} else if (a && (a->type == SYM_OBJECT || a->type == SYM_TLS)) {
			struct asm_block *b = new_block(file, BLOCK_VAR, name, i, s.current, align);

			if (!b)
				return -ENOMEM;
			b->global = a->global > 0;
			b->weak = a->weak;
			b->hidden = a->hidden;
			b->size = a->size;
			b->last = data_end(file, i);
		} else if (is_local_label(name) && !is_debug_line(line) &&
			   kind != SEC_TEXT && kind != SEC_OTHER) {
			struct asm_block *b = new_block(file, BLOCK_CONST, name, i, s.current, align);

			if (!b)
				return -ENOMEM;
			b->last = data_end(file, i);
		}
		align = -1;
	}
	if (func) {
		gensrc_error(g, file, func->first, "function '%s' has no .size", func->name);
		return -EINVAL;
	}
	return 0;
}

/* The first `.file "x.c"` (not DWARF's numbered .file) names the source */
static void find_source(struct asm_file *file)
{
	for (int i = 0; i < file->nr_lines; i++) {
		const char *t = skip_space(file->lines[i].text);

		if (file->lines[i].kind != LINE_DIRECTIVE || !directive_is(t, ".file"))
			continue;
		t = skip_space(t + 5);
		if (*t != '"')
			continue;
		file->source = t;
		file->source_line = i;
		return;
	}
}

/*
 * Both files must come from the same source: merging two different
 * translation units would patch one object with another's code.
 */
int check_same_source(struct gensrc *g)
{
	const char *a = g->orig.source, *b = g->patched.source;

	if (!a || !b || !strcmp(a, b))
		return 0;
	gensrc_error(g, &g->patched, g->patched.source_line,
		     "the original was compiled from %s and the patched assembly from %s; "
		     "both stages must build the same source file", a, b);
	return -EINVAL;
}

int parse_file(struct gensrc *g, struct asm_file *file, char *text, size_t len, int writable)
{
	struct strmap *attrs = strmap_new();
	int err;

	if (!attrs)
		return -ENOMEM;
	err = split_lines(file, text, len, writable);
	if (!err) {
		find_source(file);
		err = collect_attributes(file, attrs);
	}
	if (!err)
		err = find_blocks(g, file, attrs);
	strmap_free(attrs, 1);
	if (err)
		return err;
	file->by_name = strmap_new();
	if (!file->by_name)
		return -ENOMEM;
	for (int i = 0; i < file->nr_blocks; i++) {
		if (strmap_get(file->by_name, file->blocks[i].name)) {
			gensrc_error(g, file, file->blocks[i].first, "'%s' is defined twice",
				     file->blocks[i].name);
			return -EINVAL;
		}
		if (strmap_put(file->by_name, file->blocks[i].name, &file->blocks[i]))
			return -ENOMEM;
	}
	return 0;
}

struct asm_block *find_block(const struct asm_file *file, const char *name)
{
	return strmap_get(file->by_name, name);
}

void free_file(struct asm_file *file)
{
	for (int i = 0; i < file->nr_blocks; i++) {
		free(file->blocks[i].name);
		free(file->blocks[i].out_name);
		free(file->blocks[i].owner);
		free(file->blocks[i].alias_target);
		free(file->blocks[i].alias_offset);
	}
	for (int i = 0; i < file->nr_sections; i++)
		free(file->sections[i].name);
	free(file->blocks);
	free(file->sections);
	free(file->lines);
	free(file->buf);
	strmap_free(file->by_name, 0);
}
