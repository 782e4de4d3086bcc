/*
 * The type information of a GCC assembly file without an assembler: its
 * .debug_info, .debug_abbrev, .debug_str and .debug_line_str sections are
 * data directives that GCC sizes itself (every symbolic value sits in a
 * fixed-size field, DIE references are numbers), so they turn into bytes in
 * two passes and go into a small ELF image in memory for libdw:
 *
 *   .section .debug_info          ->  .debug_info bytes, .long .LASF5 =
 *   .long .LASF5 / .uleb128 0x2       .LASF5's offset in .debug_str
 *
 * Symbols outside those sections (code addresses, location lists) read as
 * 0: layouts do not need them.  Anything else is -ENOTSUP, and the caller
 * assembles the file instead.
 */
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dwarf_asm.h"

enum { SEC_INFO, SEC_ABBREV, SEC_STR, SEC_LINE_STR, NR_SECS, SEC_NONE = -1 };

static const char *const sec_names[NR_SECS] = {
	".debug_info", ".debug_abbrev", ".debug_str", ".debug_line_str"
};

struct label {
	char *name;
	int sec;
	size_t offset;
};

struct asm_debug {
	struct label *labels;	/* open addressing */
	size_t nr_slots, used;
	unsigned char *data[NR_SECS];
	size_t size[NR_SECS];	/* pass 1: sizes; pass 2: write positions */
	size_t cap[NR_SECS];	/* pass 2: the sizes pass 1 found */
	int emit;		/* pass 2 */
	int grew;		/* pass 2 wrote past pass 1's size */
};

static uint64_t hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static struct label *find_slot(struct asm_debug *d, const char *name, size_t len)
{
	size_t i = hash(name, len) & (d->nr_slots - 1);

	while (d->labels[i].name &&
	       (strncmp(d->labels[i].name, name, len) || d->labels[i].name[len]))
		i = (i + 1) & (d->nr_slots - 1);
	return &d->labels[i];
}

static int add_label(struct asm_debug *d, const char *name, size_t len, int sec, size_t offset)
{
	struct label *l;

	if ((d->used + 1) * 2 > d->nr_slots) {
		struct asm_debug bigger = { .nr_slots = d->nr_slots ? d->nr_slots * 2 : 1024 };

		bigger.labels = calloc(bigger.nr_slots, sizeof(*bigger.labels));
		if (!bigger.labels)
			return -ENOMEM;
		for (size_t i = 0; i < d->nr_slots; i++)
			if (d->labels[i].name)
				*find_slot(&bigger, d->labels[i].name, strlen(d->labels[i].name)) =
					d->labels[i];
		free(d->labels);
		d->labels = bigger.labels;
		d->nr_slots = bigger.nr_slots;
	}
	l = find_slot(d, name, len);
	if (l->name)
		return 0;	/* the same label again: the first one counts */
	l->name = strndup(name, len);
	if (!l->name)
		return -ENOMEM;
	l->sec = sec;
	l->offset = offset;
	d->used++;
	return 0;
}

static int is_symbol_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '$';
}

/* TERM [+-] TERM ...: numbers, and symbols as their offset in their section */
static int eval(struct asm_debug *d, const char *p, const char *end, int64_t *value)
{
	int64_t sum = 0;
	int sign = 1;

	for (;;) {
		const char *start;
		int64_t term;

		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == '-') {
			sign = -sign;
			p++;
			continue;
		}
		if (p >= end)
			return -ENOTSUP;
		start = p;
		if (*p >= '0' && *p <= '9') {
			char *stop;

			term = (int64_t)strtoull(p, &stop, 0);
			p = stop;
		} else if (is_symbol_char(*p)) {
			while (p < end && is_symbol_char(*p))
				p++;
			if (d->nr_slots) {
				struct label *l = find_slot(d, start, p - start);

				term = l->name ? (int64_t)l->offset : 0;
			} else {
				term = 0;
			}
		} else {
			return -ENOTSUP;
		}
		sum += sign * term;
		sign = 1;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p >= end)
			break;
		if (*p == '-')
			sign = -1;
		else if (*p != '+')
			return -ENOTSUP;
		p++;
	}
	*value = sum;
	return 0;
}

/* A value whose size depends on labels (.uleb128 of a difference) may
 * come out longer in pass 2: never written past pass 1's room. */
static void put(struct asm_debug *d, int sec, const void *bytes, size_t n)
{
	if (d->emit) {
		if (n > d->cap[sec] - d->size[sec] || d->size[sec] > d->cap[sec])
			d->grew = 1;
		else
			memcpy(d->data[sec] + d->size[sec], bytes, n);
	}
	d->size[sec] += n;
}

static void put_leb(struct asm_debug *d, int sec, int64_t v, int is_signed)
{
	unsigned char buf[16];
	size_t n = 0;
	uint64_t u = (uint64_t)v;

	for (;;) {
		unsigned char byte;

		if (is_signed) {
			byte = v & 0x7f;
			v >>= 7;
			if ((v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40))) {
				buf[n++] = byte;
				break;
			}
		} else {
			byte = u & 0x7f;
			u >>= 7;
			if (!u) {
				buf[n++] = byte;
				break;
			}
		}
		buf[n++] = byte | 0x80;
	}
	put(d, sec, buf, n);
}

/* "...": C escapes as gas reads them; *p after the closing quote */
static int put_string(struct asm_debug *d, int sec, const char **pp, const char *end)
{
	const char *p = *pp;

	if (p >= end || *p != '"')
		return -ENOTSUP;
	for (p++; p < end && *p != '"'; p++) {
		unsigned char c = *p;

		if (c == '\\' && p + 1 < end) {
			p++;
			switch (*p) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case 'f': c = '\f'; break;
			case 'b': c = '\b'; break;
			case 'x': {
				unsigned v = 0;

				while (p + 1 < end && strchr("0123456789abcdefABCDEF", p[1]) && p[1]) {
					p++;
					v = v * 16 + (*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
				}
				c = v;
				break;
			}
			default:
				if (*p >= '0' && *p <= '7') {
					unsigned v = 0;

					for (int i = 0; i < 3 && p < end && *p >= '0' && *p <= '7'; i++)
						v = v * 8 + (*p++ - '0');
					p--;
					c = v;
				} else {
					c = *p;
				}
			}
		}
		put(d, sec, &c, 1);
	}
	if (p >= end)
		return -ENOTSUP;
	*pp = p + 1;
	return 0;
}

/* A table entry's name with its length, known when compiling */
#define NAMED(s)	s, sizeof(s) - 1

static int data_size(const char *name, size_t len)
{
	static const struct { const char *name; size_t len; int size; } forms[] = {
		{ NAMED(".byte"), 1 }, { NAMED(".value"), 2 }, { NAMED(".2byte"), 2 },
		{ NAMED(".short"), 2 }, { NAMED(".hword"), 2 }, { NAMED(".long"), 4 },
		{ NAMED(".4byte"), 4 }, { NAMED(".int"), 4 }, { NAMED(".quad"), 8 },
		{ NAMED(".8byte"), 8 },
	};

	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
		if (forms[i].len == len && !memcmp(forms[i].name, name, len))
			return forms[i].size;
	return 0;
}

/* Directives that put nothing into the current section (.ident goes to .comment) */
static int emits_nothing_here(const char *name, size_t len)
{
	static const struct { const char *name; size_t len; } names[] = {
		{ NAMED(".ident") }, { NAMED(".file") }, { NAMED(".globl") }, { NAMED(".global") },
		{ NAMED(".local") }, { NAMED(".hidden") }, { NAMED(".type") }, { NAMED(".weak") },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].len == len && !memcmp(names[i].name, name, len))
			return 1;
	return 0;
}

/* One directive or label of a debug section */
static int debug_line(struct asm_debug *d, int sec, const char *p, const char *end)
{
	const char *name = p, *q;
	int64_t v;
	int size, err;

	while (p < end && is_symbol_char(*p))
		p++;
	if (p < end && *p == ':') {
		if (d->emit)
			return 0;
		return add_label(d, name, p - name, sec, d->size[sec]);
	}
	if (name[0] != '.')
		return -ENOTSUP;
	if (emits_nothing_here(name, p - name))
		return 0;
	size = data_size(name, p - name);
	if (size) {
		/* VALUE[, VALUE...] */
		while (p < end) {
			q = memchr(p, ',', end - p);
			if (!q)
				q = end;
			v = 0;
			if (d->emit) {
				err = eval(d, p, q, &v);
				if (err)
					return err;
			}
			put(d, sec, &v, size);	/* little-endian */
			p = q < end ? q + 1 : end;
		}
		return 0;
	}
	if ((p - name == 8 && !strncmp(name, ".uleb128", 8)) ||
	    (p - name == 8 && !strncmp(name, ".sleb128", 8))) {
		/* the size depends on the value: it must be a number */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p >= end || !((*p >= '0' && *p <= '9') || *p == '-'))
			return -ENOTSUP;
		err = eval(d, p, end, &v);
		if (err)
			return err;
		put_leb(d, sec, v, name[1] == 's');
		return 0;
	}
	if ((p - name == 7 && !strncmp(name, ".string", 7)) ||
	    (p - name == 6 && !strncmp(name, ".asciz", 6)) ||
	    (p - name == 6 && !strncmp(name, ".ascii", 6))) {
		int nul = name[3] != 'c' || name[5] == 'z';

		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		err = put_string(d, sec, &p, end);
		if (err)
			return err;
		if (nul)
			put(d, sec, "", 1);
		return 0;
	}
	return -ENOTSUP;
}

static int section_index(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && *q != ',' && *q != ' ' && *q != '\t')
		q++;
	for (int i = 0; i < NR_SECS; i++)
		if ((size_t)(q - p) == strlen(sec_names[i]) && !strncmp(p, sec_names[i], q - p))
			return i;
	return SEC_NONE;
}

/* Does the line P..END start with the word WORD?  A byte loop: every line asks */
static int starts(const char *p, const char *end, const char *word)
{
	size_t n;

	for (n = 0; word[n]; n++)
		if (p + n >= end || p[n] != word[n])
			return 0;
	return p + n == end || p[n] == ' ' || p[n] == '\t';
}

/* One pass over the text: section switches, and the debug sections' lines */
static int scan(struct asm_debug *d, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	int sec = SEC_NONE, previous = SEC_NONE, stack[16], depth = 0, err;

	while (p < end) {
		const char *eol = memchr(p, '\n', end - p), *s;

		if (!eol)
			eol = end;
		s = p;
		while (s < eol && (*s == ' ' || *s == '\t'))
			s++;
		if (s < eol && *s == '.' && (starts(s, eol, ".section") ||
					     starts(s, eol, ".pushsection"))) {
			const char *n = s + (s[1] == 's' ? 8 : 12);

			while (n < eol && (*n == ' ' || *n == '\t'))
				n++;
			if (s[1] == 'p') {
				if (depth == 16)
					return -ENOTSUP;
				stack[depth++] = sec;
			}
			previous = sec;
			sec = section_index(n, eol);
		} else if (s < eol && *s == '.' && starts(s, eol, ".popsection")) {
			if (!depth)
				return -ENOTSUP;
			sec = stack[--depth];
		} else if (s < eol && *s == '.' && starts(s, eol, ".previous")) {
			int t = sec;

			sec = previous;
			previous = t;
		} else if (s < eol && *s == '.' && (starts(s, eol, ".text") ||
						    starts(s, eol, ".data") ||
						    starts(s, eol, ".bss"))) {
			previous = sec;
			sec = SEC_NONE;
		} else if (sec != SEC_NONE && s < eol && *s != '#') {
			const char *stop = eol;

			/* -fverbose-asm / -dA comments, outside strings */
			for (const char *c = s, *quote = NULL; c < eol; c++) {
				if (*c == '"' && (!quote || c[-1] != '\\'))
					quote = quote ? NULL : c;
				else if (*c == '#' && !quote) {
					stop = c;
					break;
				}
			}
			while (stop > s && (stop[-1] == ' ' || stop[-1] == '\t'))
				stop--;
			if (stop > s) {
				err = debug_line(d, sec, s, stop);
				if (err)
					return err;
			}
		}
		p = eol + 1;
	}
	return 0;
}

/* [ehdr][section bytes...][.shstrtab][section headers] */
static int build_image(struct asm_debug *d, void **image, size_t *image_size)
{
	char shstrtab[128] = "";
	size_t shstr_len = 1, offset = sizeof(Elf64_Ehdr), total;
	unsigned nr = 0, names[NR_SECS], shstr_name;
	Elf64_Ehdr *eh;
	Elf64_Shdr *sh;
	unsigned char *out;

	for (int i = 0; i < NR_SECS; i++) {
		names[i] = shstr_len;
		memcpy(shstrtab + shstr_len, sec_names[i], strlen(sec_names[i]) + 1);
		shstr_len += strlen(sec_names[i]) + 1;
	}
	shstr_name = shstr_len;
	memcpy(shstrtab + shstr_len, ".shstrtab", 10);
	shstr_len += 10;
	total = offset;
	for (int i = 0; i < NR_SECS; i++)
		total += d->size[i];
	total = (total + shstr_len + 7) & ~(size_t)7;
	total += (NR_SECS + 2) * sizeof(Elf64_Shdr);
	out = calloc(1, total);
	if (!out)
		return -ENOMEM;
	eh = (Elf64_Ehdr *)out;
	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_type = ET_REL;
	eh->e_machine = EM_X86_64;
	eh->e_version = EV_CURRENT;
	eh->e_ehsize = sizeof(Elf64_Ehdr);
	eh->e_shentsize = sizeof(Elf64_Shdr);
	eh->e_shnum = NR_SECS + 2;
	eh->e_shstrndx = NR_SECS + 1;
	eh->e_shoff = total - (NR_SECS + 2) * sizeof(Elf64_Shdr);
	sh = (Elf64_Shdr *)(out + eh->e_shoff);
	for (int i = 0; i < NR_SECS; i++) {
		Elf64_Shdr *s = &sh[++nr];

		s->sh_name = names[i];
		s->sh_type = SHT_PROGBITS;
		s->sh_offset = offset;
		s->sh_size = d->size[i];
		s->sh_addralign = 1;
		if (d->size[i])
			memcpy(out + offset, d->data[i], d->size[i]);
		offset += d->size[i];
	}
	sh[++nr].sh_name = shstr_name;
	sh[nr].sh_type = SHT_STRTAB;
	sh[nr].sh_offset = offset;
	sh[nr].sh_size = shstr_len;
	sh[nr].sh_addralign = 1;
	memcpy(out + offset, shstrtab, shstr_len);
	*image = out;
	*image_size = total;
	return 0;
}

int debug_image_from_asm(const char *text, size_t len, void **image, size_t *image_size)
{
	struct asm_debug d = { 0 };
	int err;

	err = scan(&d, text, len);	/* sizes and labels */
	if (!err && !d.size[SEC_INFO])
		err = -ENODATA;
	for (int i = 0; i < NR_SECS && !err; i++) {
		d.data[i] = malloc(d.size[i] ? d.size[i] : 1);
		if (!d.data[i])
			err = -ENOMEM;
		d.cap[i] = d.size[i];
		d.size[i] = 0;
	}
	if (!err) {
		d.emit = 1;
		err = scan(&d, text, len);	/* bytes */
	}
	/* sizes that changed between the passes moved the labels: not read here */
	for (int i = 0; i < NR_SECS && !err; i++)
		if (d.grew || d.size[i] != d.cap[i])
			err = -ENOTSUP;
	if (!err)
		err = build_image(&d, image, image_size);
	for (size_t i = 0; i < d.nr_slots; i++)
		free(d.labels[i].name);
	free(d.labels);
	for (int i = 0; i < NR_SECS; i++)
		free(d.data[i]);
	return err;
}
