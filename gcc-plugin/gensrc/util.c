/*
 * Small helpers shared by the gensrc stages: a string-keyed hash map, a
 * growing output buffer, diagnostics through the caller's sink and the
 * tokenizer that finds symbol names in an assembly line.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct strmap_entry {
	char *key;
	void *value;
};

struct strmap {
	struct strmap_entry *slots;
	size_t size, used;
};

static uint64_t hash_string(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

struct strmap *strmap_new(void)
{
	struct strmap *map = calloc(1, sizeof(*map));

	if (!map)
		return NULL;
	map->size = 64;
	map->slots = calloc(map->size, sizeof(*map->slots));
	if (!map->slots) {
		free(map);
		return NULL;
	}
	return map;
}

void strmap_free(struct strmap *map, int free_values)
{
	if (!map)
		return;
	for (size_t i = 0; i < map->size; i++) {
		free(map->slots[i].key);
		if (free_values)
			free(map->slots[i].value);
	}
	free(map->slots);
	free(map);
}

static struct strmap_entry *strmap_slot(struct strmap_entry *slots, size_t size, const char *key)
{
	size_t i = hash_string(key) & (size - 1);

	while (slots[i].key && strcmp(slots[i].key, key))
		i = (i + 1) & (size - 1);
	return &slots[i];
}

void *strmap_get(struct strmap *map, const char *key)
{
	return strmap_slot(map->slots, map->size, key)->value;
}

static int strmap_grow(struct strmap *map)
{
	size_t size = map->size * 2;
	struct strmap_entry *slots = calloc(size, sizeof(*slots));

	if (!slots)
		return -ENOMEM;
	for (size_t i = 0; i < map->size; i++)
		if (map->slots[i].key)
			*strmap_slot(slots, size, map->slots[i].key) = map->slots[i];
	free(map->slots);
	map->slots = slots;
	map->size = size;
	return 0;
}

/* Insert or replace; the map keeps its own copy of KEY. */
int strmap_put(struct strmap *map, const char *key, void *value)
{
	struct strmap_entry *e;

	if ((map->used + 1) * 2 > map->size && strmap_grow(map))
		return -ENOMEM;
	e = strmap_slot(map->slots, map->size, key);
	if (!e->key) {
		e->key = strdup(key);
		if (!e->key)
			return -ENOMEM;
		map->used++;
	}
	e->value = value;
	return 0;
}

/* What the merged output keeps in memory before handing it to its writer */
#define OUT_CHUNK	(1 << 20)

void out_flush(struct outbuf *out)
{
	int err;

	if (!out->write || out->failed || !out->len)
		return;
	err = out->write(out->write_arg, out->data, out->len);
	if (err) {
		out->failed = 1;
		out->write_err = err;
		return;
	}
	out->written += out->len;
	out->len = 0;
}

void out_add(struct outbuf *out, const char *s, size_t len)
{
	if (out->failed)
		return;
	if (out->write && out->len + len > OUT_CHUNK)
		out_flush(out);
	if (out->failed)
		return;
	if (out->len + len + 1 > out->size) {
		size_t size = out->size ? out->size : 4096;
		char *data;

		while (out->len + len + 1 > size)
			size *= 2;
		data = realloc(out->data, size);
		if (!data) {
			out->failed = 1;
			return;
		}
		out->data = data;
		out->size = size;
	}
	memcpy(out->data + out->len, s, len);
	out->len += len;
	out->data[out->len] = '\0';
}

void out_str(struct outbuf *out, const char *s)
{
	out_add(out, s, strlen(s));
}

/* S and a newline: every line of the original goes through here, no format */
void out_line(struct outbuf *out, const char *s)
{
	size_t len = strlen(s);

	out_add(out, s, len);
	out_add(out, "\n", 1);
}

void out_printf(struct outbuf *out, const char *fmt, ...)
{
	char small[512], *big = NULL;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0) {
		out->failed = 1;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		out_add(out, small, n);
		return;
	}
	big = malloc(n + 1);
	if (!big) {
		out->failed = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, n + 1, fmt, ap);
	va_end(ap);
	out_add(out, big, n);
	free(big);
}

/* "FILE:LINE: message" to the caller's sink (LINE is 0-based, -1 for none) */
void gensrc_error(struct gensrc *g, const struct asm_file *file, int line, const char *fmt, ...)
{
	char msg[1024];
	size_t n = 0;
	va_list ap;

	if (file && line >= 0)
		n = snprintf(msg, sizeof(msg), "%s:%d: ", file->name, line + 1);
	else if (file)
		n = snprintf(msg, sizeof(msg), "%s: ", file->name);
	if (n >= sizeof(msg))
		n = 0;
	va_start(ap, fmt);
	vsnprintf(msg + n, sizeof(msg) - n, fmt, ap);
	va_end(ap);
	if (g->opt->message)
		g->opt->message(g->opt->message_arg, msg);
	else
		fprintf(stderr, "gensrc: error: %s\n", msg);
}

void gensrc_note(struct gensrc *g, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (g->opt->note)
		g->opt->note(g->opt->message_arg, msg);
	else
		fprintf(stderr, "gensrc: note: %s\n", msg);
}

char *xstrndup(const char *s, size_t len)
{
	char *copy = malloc(len + 1);

	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

const char *skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/*
 * Is TEXT the directive NAME followed by a blank or the end of the line?
 * Called for every directive line against many names: a byte loop that
 * stops at the first difference, with no strlen() of NAME.
 */
int directive_is(const char *text, const char *name)
{
	size_t i;

	text = skip_space(text);
	for (i = 0; name[i]; i++)
		if (text[i] != name[i])
			return 0;
	return !text[i] || isspace((unsigned char)text[i]);
}

/* ASCII by hand: every byte of every line asks, and the C locale is what counts */
static inline int is_symbol_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.';
}

static inline int is_symbol_char(int c)
{
	return is_symbol_start(c) || (c >= '0' && c <= '9') || c == '$';
}

/* .L labels: assembler-local, never in the symbol table */
int is_local_label(const char *name)
{
	return name[0] == '.' && name[1] == 'L';
}

/* .LC<n>: GCC's constant pool (strings, floating-point and vector constants) */
int is_const_label(const char *name)
{
	const char *p = name + 3;

	if (strncmp(name, ".LC", 3) || !isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p))
		p++;
	return !*p;
}

/* Labels and directives that only carry debug information or mark ranges for it */
static const char *const debug_label_prefixes[] = {
	".LVL", ".LBB", ".LBE", ".LVU", ".LFB", ".LFE", ".LFSB", ".LCOLDB", ".LCOLDE",
	".LHOTB", ".LHOTE", ".LBI", ".LBOF", ".LBOE", NULL
};

/* .loc and friends: line information, which the patch's copies leave out */
int is_debug_directive(const struct asm_line *line)
{
	const char *t = skip_space(line->text);

	return line->kind == LINE_DIRECTIVE &&
	       (directive_is(t, ".loc") || directive_is(t, ".file") ||
		directive_is(t, ".loc_mark_labels"));
}

int is_cfi_directive(const struct asm_line *line)
{
	return line->kind == LINE_DIRECTIVE && !strncmp(skip_space(line->text), ".cfi_", 5);
}

int is_debug_line(const struct asm_line *line)
{
	const char *t = skip_space(line->text);

	if (line->kind == LINE_DIRECTIVE)
		return is_debug_directive(line);
	if (line->kind != LINE_LABEL)
		return 0;
	for (int i = 0; debug_label_prefixes[i]; i++) {
		size_t len = strlen(debug_label_prefixes[i]);

		if (!strncmp(t, debug_label_prefixes[i], len) && isdigit((unsigned char)t[len]))
			return 1;
	}
	return 0;
}

int rewrite_tokens(const struct asm_line *line, token_fn map, void *arg, struct outbuf *out)
{
	const char *s = line->text, *start = s;
	int first_word = line->kind != LINE_LABEL;
	char token[512];
	int err = 0;

	s = skip_space(s);
	if (first_word) {
		while (*s && !isspace((unsigned char)*s))
			s++;
	}
	while (*s && !err) {
		const char *t = s;
		const char *repl;
		size_t len;

		if (*s == '"') {
			for (s++; *s && *s != '"'; s++)
				if (*s == '\\' && s[1])
					s++;
			if (*s)
				s++;
			continue;
		}
		if (*s == '#')
			break;
		if (*s == '%' || *s == '@') {
			for (s++; is_symbol_char((unsigned char)*s); s++)
				;
			continue;
		}
		if (isdigit((unsigned char)*s)) {
			while (is_symbol_char((unsigned char)*s))
				s++;
			continue;
		}
		if (!is_symbol_start((unsigned char)*s)) {
			s++;
			continue;
		}
		while (is_symbol_char((unsigned char)*s))
			s++;
		len = s - t;
		if (len >= sizeof(token))
			continue;
		memcpy(token, t, len);
		token[len] = '\0';
		repl = map(arg, token, &err);
		if (repl && out) {
			out_add(out, start, t - start);
			out_str(out, repl);
			start = s;
		}
	}
	if (out) {
		out_str(out, start);
		if (out->failed && !err)
			err = -ENOMEM;
	}
	return err;
}

int is_section_directive(const struct asm_line *line)
{
	static const char *const names[] = {
		".text", ".data", ".bss", ".section", ".pushsection", ".popsection", ".previous",
		NULL
	};

	if (line->kind != LINE_DIRECTIVE)
		return 0;
	for (int i = 0; names[i]; i++)
		if (directive_is(line->text, names[i]))
			return 1;
	return 0;
}
