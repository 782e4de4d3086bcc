/*
 * Layout records from DWARF, for kpatch_gensrc where debug information is
 * all there is (the manual pipeline with -g).  The debug sections are read
 * from the .s text itself (dwarf_asm.c) or, for a form that reader does not
 * know, the file is assembled with `as` into a temporary object whose debug
 * sections libdwfl relocates.  Every DW_TAG_subprogram names the structs
 * and unions it uses through
 * its return type, parameters and variables (inlined code included), behind
 * pointers, arrays, typedefs and qualifiers.  The text is the plugin's
 * (docs/internals.md, "Layout records"):
 *
 *   DW_TAG_subprogram format / DW_TAG_formal_parameter m: struct msg *
 *     -->  type struct msg 16 / member code 8 long int / use format struct msg
 */
#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>
#include <dwarf.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dwarf_asm.h"
#include "dwarf_layout.h"

extern char **environ;

#define NR_BUCKETS	4096
#define MAX_DEPTH	32

struct type_entry {
	struct type_entry *next;
	char *name;
	char *text;		/* the "type" and "member" lines */
	int ambiguous;
};

/* The member types of a record (by its DIE) that hold records by value */
struct nested_types {
	Dwarf_Die *dies;
	int nr, size;
};

/*
 * A record already described, by DIE and name: another function using it
 * adds its "use" lines and those of the records it holds by value, but
 * its text is the same and is not made again.
 */
struct described {
	struct described *next;
	Dwarf_Off offset;
	char *name;
	struct nested_types nested;
};

struct dwarf_walk {
	struct type_entry *buckets[NR_BUCKETS];
	struct described *described[NR_BUCKETS];
	/* where describe_fields() notes the records held by value, or NULL */
	struct nested_types *nested;
	char *uses;		/* "use F T" lines */
	size_t uses_len, uses_size;
	const char *func;
	/* the types the current function's record already has */
	char **used;
	int nr_used, size_used;
	int failed;		/* out of memory */
};

struct text {
	char *data;
	size_t len, size;
	int failed;
};

static void text_add(struct text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void text_add(struct text *t, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (t->failed)
		return;
	/* formatted in place when it fits: once, not measured first */
	va_start(ap, fmt);
	n = vsnprintf(t->data ? t->data + t->len : NULL, t->data ? t->size - t->len : 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		t->failed = 1;
		return;
	}
	if (t->data && t->len + n + 1 <= t->size) {
		t->len += n;
		return;
	}
	if (t->len + n + 1 > t->size) {
		size_t size = t->size ? t->size : 256;
		char *bigger;

		while (t->len + n + 1 > size)
			size *= 2;
		bigger = realloc(t->data, size);
		if (!bigger) {
			t->failed = 1;
			return;
		}
		t->data = bigger;
		t->size = size;
	}
	va_start(ap, fmt);
	vsnprintf(t->data + t->len, n + 1, fmt, ap);
	va_end(ap);
	t->len += n;
}

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h % NR_BUCKETS;
}

static int type_die(Dwarf_Die *die, Dwarf_Die *type)
{
	Dwarf_Attribute attr;

	return dwarf_attr_integrate(die, DW_AT_type, &attr) && dwarf_formref_die(&attr, type);
}

static const char *die_name(Dwarf_Die *die)
{
	Dwarf_Attribute attr;

	return dwarf_formstring(dwarf_attr_integrate(die, DW_AT_name, &attr));
}

static int is_record_tag(int tag)
{
	return tag == DW_TAG_structure_type || tag == DW_TAG_union_type ||
	       tag == DW_TAG_class_type;
}

/* Through const, volatile, restrict and _Atomic */
static int unqualified(Dwarf_Die *die, Dwarf_Die *out)
{
	*out = *die;
	for (int i = 0; i < MAX_DEPTH; i++) {
		int tag = dwarf_tag(out);

		if (tag != DW_TAG_const_type && tag != DW_TAG_volatile_type &&
		    tag != DW_TAG_restrict_type && tag != DW_TAG_atomic_type)
			return 1;
		if (!type_die(out, out))
			return 0;
	}
	return 0;
}

/* "struct msg", or for an anonymous type TYPEDEF_NAME; NULL without a name */
static char *record_name(Dwarf_Die *die, const char *typedef_name)
{
	const char *name = die_name(die);
	const char *kw = dwarf_tag(die) == DW_TAG_union_type ? "union " :
			 dwarf_tag(die) == DW_TAG_enumeration_type ? "enum " : "struct ";
	char *out;

	if (!name && !typedef_name)
		return NULL;
	if (!name)
		return strdup(typedef_name);
	if (asprintf(&out, "%s%s", kw, name) < 0)
		return NULL;
	return out;
}

static void type_string(Dwarf_Die *die, struct text *out, int depth);

static void array_string(Dwarf_Die *die, struct text *out, int depth)
{
	Dwarf_Die elem, child;
	struct text dims = { 0 };

	if (dwarf_child(die, &child) == 0) {
		do {
			Dwarf_Attribute attr;
			Dwarf_Word n;

			if (dwarf_tag(&child) != DW_TAG_subrange_type)
				continue;
			if (dwarf_attr(&child, DW_AT_count, &attr) && !dwarf_formudata(&attr, &n))
				text_add(&dims, "[%lu]", (unsigned long)n);
			else if (dwarf_attr(&child, DW_AT_upper_bound, &attr) &&
				 !dwarf_formudata(&attr, &n))
				text_add(&dims, "[%lu]", (unsigned long)n + 1);
			else
				text_add(&dims, "[]");
		} while (dwarf_siblingof(&child, &child) == 0);
	}
	if (type_die(die, &elem))
		type_string(&elem, out, depth + 1);
	else
		text_add(out, "?");
	text_add(out, "%s", dims.data ? dims.data : "[]");
	free(dims.data);
}

/* A C-like name for a member's type, as the plugin writes it */
static void type_string(Dwarf_Die *die, struct text *out, int depth)
{
	Dwarf_Die next, bare;
	char *name;

	if (depth > MAX_DEPTH) {
		text_add(out, "?");
		return;
	}
	switch (dwarf_tag(die)) {
	case DW_TAG_pointer_type:
	case DW_TAG_reference_type:
	case DW_TAG_rvalue_reference_type:
		if (type_die(die, &next))
			type_string(&next, out, depth + 1);
		else
			text_add(out, "void");
		text_add(out, " *");
		return;
	case DW_TAG_const_type:
	case DW_TAG_volatile_type:
	case DW_TAG_restrict_type:
	case DW_TAG_atomic_type:
		if (type_die(die, &next))
			type_string(&next, out, depth + 1);
		else
			text_add(out, "void");
		return;
	case DW_TAG_typedef:
		if (!type_die(die, &next) || !unqualified(&next, &bare)) {
			text_add(out, "?");
			return;
		}
		/* an anonymous struct is known by its typedef, as in GCC */
		if ((is_record_tag(dwarf_tag(&bare)) || dwarf_tag(&bare) == DW_TAG_enumeration_type) &&
		    !die_name(&bare))
			text_add(out, "%s", die_name(die));
		else
			type_string(&next, out, depth + 1);
		return;
	case DW_TAG_structure_type:
	case DW_TAG_class_type:
	case DW_TAG_union_type:
	case DW_TAG_enumeration_type:
		name = record_name(die, NULL);
		if (name)
			text_add(out, "%s", name);
		else
			text_add(out, "%s", dwarf_tag(die) == DW_TAG_union_type ? "union {...}" :
					     dwarf_tag(die) == DW_TAG_enumeration_type ? "enum {...}" :
											 "struct {...}");
		free(name);
		return;
	case DW_TAG_array_type:
		array_string(die, out, depth);
		return;
	case DW_TAG_subroutine_type:
		text_add(out, "function");
		return;
	case DW_TAG_base_type:
	case DW_TAG_unspecified_type:
		text_add(out, "%s", die_name(die) ? die_name(die) : "?");
		return;
	default:
		text_add(out, "?%#x", dwarf_tag(die));
	}
}

static void note_record(struct dwarf_walk *w, Dwarf_Die *die, const char *typedef_name);

/* The struct or union behind pointers, arrays, typedefs and qualifiers */
static void note_type(struct dwarf_walk *w, Dwarf_Die *die, int through_pointers)
{
	const char *typedef_name = NULL;
	Dwarf_Die t = *die;

	for (int i = 0; i < MAX_DEPTH; i++) {
		int tag = dwarf_tag(&t);

		if (is_record_tag(tag)) {
			note_record(w, &t, typedef_name);
			return;
		}
		if (tag == DW_TAG_typedef)
			typedef_name = die_name(&t);
		else if ((tag == DW_TAG_pointer_type || tag == DW_TAG_reference_type ||
			  tag == DW_TAG_rvalue_reference_type) && !through_pointers)
			return;
		else if (tag != DW_TAG_pointer_type && tag != DW_TAG_reference_type &&
			 tag != DW_TAG_rvalue_reference_type && tag != DW_TAG_array_type &&
			 tag != DW_TAG_const_type && tag != DW_TAG_volatile_type &&
			 tag != DW_TAG_restrict_type && tag != DW_TAG_atomic_type)
			return;
		if (!type_die(&t, &t))
			return;
	}
}

static int member_offset(Dwarf_Die *member, long *bits, long *width)
{
	Dwarf_Attribute attr;
	Dwarf_Word v, bit_offset, byte_size;

	*width = 0;
	if (dwarf_attr(member, DW_AT_bit_size, &attr) && !dwarf_formudata(&attr, &v))
		*width = v;
	if (dwarf_attr(member, DW_AT_data_bit_offset, &attr)) {
		if (dwarf_formudata(&attr, &v))
			return -1;
		*bits = v;
		return 0;
	}
	*bits = 0;
	if (dwarf_attr(member, DW_AT_data_member_location, &attr)) {
		if (dwarf_formudata(&attr, &v))
			return -1;	/* a location expression: not a C layout */
		*bits = v * 8;
	}
	/* DWARF 4 bit-fields: DW_AT_bit_offset counts from the storage unit's top */
	if (*width && dwarf_attr(member, DW_AT_bit_offset, &attr) &&
	    !dwarf_formudata(&attr, &bit_offset) &&
	    dwarf_attr(member, DW_AT_byte_size, &attr) && !dwarf_formudata(&attr, &byte_size))
		*bits += byte_size * 8 - bit_offset - *width;
	return 0;
}

static void describe_fields(struct dwarf_walk *w, Dwarf_Die *record, const char *prefix,
			    long base, struct text *out, int depth)
{
	Dwarf_Die child;

	if (depth > MAX_DEPTH || dwarf_child(record, &child))
		return;
	do {
		int tag = dwarf_tag(&child);
		const char *name = die_name(&child);
		Dwarf_Die type, bare;
		long bits, width;
		char *path;

		if ((tag != DW_TAG_member && tag != DW_TAG_inheritance) ||
		    dwarf_attr(&child, DW_AT_external, &(Dwarf_Attribute){ 0 }) ||
		    !type_die(&child, &type) || member_offset(&child, &bits, &width))
			continue;
		bits += base;
		if (!unqualified(&type, &bare))
			continue;
		if (!name || tag == DW_TAG_inheritance) {
			/* C11 anonymous members, C++ bases; padding bit-fields are not members */
			if (is_record_tag(dwarf_tag(&bare)))
				describe_fields(w, &bare, prefix, bits, out, depth + 1);
			continue;
		}
		text_add(out, "member %s%s ", prefix, name);
		if (width)
			text_add(out, "%ld:%ld/%ld ", bits / 8, bits % 8, width);
		else
			text_add(out, "%ld ", bits / 8);
		type_string(&type, out, 0);
		text_add(out, "\n");
		if (is_record_tag(dwarf_tag(&bare)) && !die_name(&bare)) {
			if (asprintf(&path, "%s%s.", prefix, name) < 0) {
				w->failed = 1;
				return;
			}
			describe_fields(w, &bare, path, bits, out, depth + 1);
			free(path);
		} else {
			/* a struct held by value: part of this layout */
			if (w->nested && w->nested->nr == w->nested->size) {
				int size = w->nested->size ? w->nested->size * 2 : 8;
				Dwarf_Die *bigger = realloc(w->nested->dies, size * sizeof(*bigger));

				if (!bigger) {
					w->failed = 1;
					return;
				}
				w->nested->dies = bigger;
				w->nested->size = size;
			}
			if (w->nested)
				w->nested->dies[w->nested->nr++] = type;
			note_type(w, &type, 0);
		}
	} while (dwarf_siblingof(&child, &child) == 0);
}

static int used_already(struct dwarf_walk *w, const char *name)
{
	char **bigger;

	for (int i = 0; i < w->nr_used; i++)
		if (!strcmp(w->used[i], name))
			return 1;
	if (w->nr_used == w->size_used) {
		w->size_used = w->size_used ? w->size_used * 2 : 16;
		bigger = realloc(w->used, w->size_used * sizeof(*w->used));
		if (!bigger) {
			w->failed = 1;
			return 1;
		}
		w->used = bigger;
	}
	w->used[w->nr_used] = strdup(name);
	if (!w->used[w->nr_used]) {
		w->failed = 1;
		return 1;
	}
	w->nr_used++;
	return 0;
}

static void add_use(struct dwarf_walk *w, const char *type)
{
	struct text t = { w->uses, w->uses_len, w->uses_size, 0 };

	text_add(&t, "use %s %s\n", w->func, type);
	w->uses = t.data;
	w->uses_len = t.len;
	w->uses_size = t.size;
	w->failed |= t.failed;
}

static void note_record(struct dwarf_walk *w, Dwarf_Die *die, const char *typedef_name)
{
	struct described *d, **slot;
	struct nested_types *outer;
	struct text text = { 0 };
	struct type_entry *e;
	Dwarf_Off offset;
	Dwarf_Attribute attr;
	Dwarf_Word size;
	char *name;

	if (dwarf_attr(die, DW_AT_declaration, &attr))
		return;		/* incomplete here: nothing to compare */
	name = record_name(die, typedef_name);
	if (!name || used_already(w, name)) {
		free(name);
		return;
	}
	add_use(w, name);
	offset = dwarf_dieoffset(die);
	slot = &w->described[offset % NR_BUCKETS];
	for (d = *slot; d && (d->offset != offset || strcmp(d->name, name)); d = d->next)
		;
	if (d) {
		/* the same text as the first time: only the uses it brings */
		for (int i = 0; i < d->nested.nr; i++)
			note_type(w, &d->nested.dies[i], 0);
		free(name);
		return;
	}
	d = calloc(1, sizeof(*d));
	if (!d || !(d->name = strdup(name))) {
		free(d);
		w->failed = 1;
		free(name);
		return;
	}
	d->offset = offset;
	d->next = *slot;
	*slot = d;
	if (dwarf_attr(die, DW_AT_byte_size, &attr) && !dwarf_formudata(&attr, &size))
		text_add(&text, "type %s %lu\n", name, (unsigned long)size);
	else
		text_add(&text, "type %s variable\n", name);
	outer = w->nested;
	w->nested = &d->nested;
	describe_fields(w, die, "", 0, &text, 0);
	w->nested = outer;
	if (text.failed) {
		w->failed = 1;
		free(name);
		free(text.data);
		return;
	}
	for (e = w->buckets[hash(name)]; e && strcmp(e->name, name); e = e->next)
		;
	if (e) {
		if (strcmp(e->text, text.data))
			e->ambiguous = 1;
		free(name);
		free(text.data);
		return;
	}
	e = calloc(1, sizeof(*e));
	if (!e) {
		w->failed = 1;
		free(name);
		free(text.data);
		return;
	}
	e->name = name;
	e->text = text.data;
	e->next = w->buckets[hash(name)];
	w->buckets[hash(name)] = e;
}

/* Parameters and variables of a function body, nested blocks and inlined code included */
static void walk_body(struct dwarf_walk *w, Dwarf_Die *scope, int depth)
{
	Dwarf_Die child, type, origin;
	Dwarf_Attribute attr;

	if (depth > MAX_DEPTH || dwarf_child(scope, &child))
		return;
	do {
		switch (dwarf_tag(&child)) {
		case DW_TAG_formal_parameter:
		case DW_TAG_variable:
			if (type_die(&child, &type))
				note_type(w, &type, 1);
			break;
		case DW_TAG_inlined_subroutine:
			/* the callee's own declarations, even those optimised out here */
			if (dwarf_attr(&child, DW_AT_abstract_origin, &attr) &&
			    dwarf_formref_die(&attr, &origin)) {
				if (type_die(&origin, &type))
					note_type(w, &type, 1);
				walk_body(w, &origin, depth + 1);
			}
			walk_body(w, &child, depth + 1);
			break;
		case DW_TAG_lexical_block:
			walk_body(w, &child, depth + 1);
			break;
		default:
			break;
		}
	} while (dwarf_siblingof(&child, &child) == 0);
}

static void walk_function(struct dwarf_walk *w, Dwarf_Die *die)
{
	Dwarf_Attribute attr;
	Dwarf_Die type;
	const char *name;

	if (dwarf_attr(die, DW_AT_declaration, &attr))
		return;
	name = dwarf_formstring(dwarf_attr_integrate(die, DW_AT_linkage_name, &attr));
	if (!name)
		name = die_name(die);
	if (!name)
		return;
	w->func = name;
	for (int i = 0; i < w->nr_used; i++)
		free(w->used[i]);
	w->nr_used = 0;
	if (type_die(die, &type))
		note_type(w, &type, 1);
	walk_body(w, die, 0);
}

static void walk_scope(struct dwarf_walk *w, Dwarf_Die *scope, int depth)
{
	Dwarf_Die child;

	if (depth > MAX_DEPTH || dwarf_child(scope, &child))
		return;
	do {
		if (dwarf_tag(&child) == DW_TAG_subprogram)
			walk_function(w, &child);
		else if (dwarf_tag(&child) == DW_TAG_namespace)
			walk_scope(w, &child, depth + 1);
	} while (dwarf_siblingof(&child, &child) == 0);
}

static void free_walk(struct dwarf_walk *w)
{
	for (int i = 0; i < NR_BUCKETS; i++) {
		struct type_entry *e = w->buckets[i], *next;

		for (; e; e = next) {
			next = e->next;
			free(e->name);
			free(e->text);
			free(e);
		}
	}
	for (int i = 0; i < NR_BUCKETS; i++) {
		struct described *d = w->described[i], *next;

		for (; d; d = next) {
			next = d->next;
			free(d->name);
			free(d->nested.dies);
			free(d);
		}
	}
	for (int i = 0; i < w->nr_used; i++)
		free(w->used[i]);
	free(w->used);
	free(w->uses);
}

/* Every unit's functions, then the record's text */
static int describe_dwarf(Dwarf *dw, struct text *out)
{
	struct dwarf_walk *w = calloc(1, sizeof(*w));
	Dwarf_Off off = 0, next;
	size_t header_size;
	int err = 0;

	if (!w)
		return -ENOMEM;
	while (dwarf_nextcu(dw, off, &next, &header_size, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu;

		if (dwarf_offdie(dw, off + header_size, &cu))
			walk_scope(w, &cu, 0);
		off = next;
	}
	text_add(out, "libcare-layout 1\n");
	for (int i = 0; i < NR_BUCKETS; i++)
		for (struct type_entry *e = w->buckets[i]; e; e = e->next) {
			if (e->ambiguous)
				text_add(out, "ambiguous %s\n", e->name);
			else
				text_add(out, "%s", e->text);
		}
	if (w->uses)
		text_add(out, "%s", w->uses);
	if (w->failed || out->failed)
		err = -ENOMEM;
	free_walk(w);
	free(w);
	return err;
}

/* An object the assembler made: libdwfl applies its relocations to the debug sections */
static int describe_object(const char *object, struct text *out)
{
	static const Dwfl_Callbacks callbacks = {
		.find_elf = dwfl_build_id_find_elf,
		.find_debuginfo = dwfl_standard_find_debuginfo,
		.section_address = dwfl_offline_section_address,
	};
	Dwfl *dwfl = dwfl_begin(&callbacks);
	Dwfl_Module *mod;
	Dwarf_Addr bias;
	Dwarf *dw;
	int err;

	if (!dwfl)
		return -ENOMEM;
	mod = dwfl_report_offline(dwfl, object, object, -1);
	dwfl_report_end(dwfl, NULL, NULL);
	dw = mod ? dwfl_module_getdwarf(mod, &bias) : NULL;
	err = dw ? describe_dwarf(dw, out) : -ENODATA;
	dwfl_end(dwfl);
	return err;
}

/* The debug sections read from the text itself (dwarf_asm.c) */
static int describe_text(const char *text, size_t len, struct text *out)
{
	size_t image_size;
	void *image;
	Dwarf *dw;
	Elf *elf;
	int err;

	err = debug_image_from_asm(text, len, &image, &image_size);
	if (err)
		return err;
	elf_version(EV_CURRENT);
	elf = elf_memory(image, image_size);
	dw = elf ? dwarf_begin_elf(elf, DWARF_C_READ, NULL) : NULL;
	err = dw ? describe_dwarf(dw, out) : -ENOTSUP;
	if (dw)
		dwarf_end(dw);
	if (elf)
		elf_end(elf);
	free(image);
	return err;
}

int dwarf_layout_of_text(const char *text, size_t len, char **record)
{
	struct text out = { 0 };
	int err = describe_text(text, len, &out);

	if (err) {
		free(out.data);
		return err;
	}
	*record = out.data;
	return 0;
}

/* Starts `as -o OBJECT ASM` ($AS if set), its messages on our stderr */
static int start_assembler(const char *asm_path, const char *object, pid_t *pid)
{
	const char *as = getenv("AS") && getenv("AS")[0] ? getenv("AS") : "as";
	char *argv[] = { (char *)as, (char *)"-o", (char *)object, (char *)asm_path, NULL };

	return -posix_spawnp(pid, as, NULL, NULL, argv, environ);
}

static int wait_assembler(pid_t pid)
{
	int status;

	if (waitpid(pid, &status, 0) < 0)
		return -errno;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -EINVAL;
}

static void remove_objects(struct dwarf_layout_job *job)
{
	for (int i = 0; i < 2; i++)
		if (job->objects[i][0])
			unlink(job->objects[i]);
}

int dwarf_layouts_start(struct dwarf_layout_job *job, const char *asm_paths[2],
			const char *texts[2], const size_t lens[2], const char **why, int *which)
{
	const char *tmpdir = getenv("TMPDIR") && getenv("TMPDIR")[0] ? getenv("TMPDIR") : "/tmp";
	int err = 0;

	memset(job, 0, sizeof(*job));
	job->pids[0] = job->pids[1] = -1;
	/* most files need no assembler: GCC sized their debug sections itself
	 * (KPATCH_GENSRC_ASSEMBLE=1 takes the assembler's way, for tests) */
	if (getenv("KPATCH_GENSRC_ASSEMBLE") && !strcmp(getenv("KPATCH_GENSRC_ASSEMBLE"), "1"))
		err = -ENOTSUP;
	for (int i = 0; i < 2 && !err; i++)
		err = dwarf_layout_of_text(texts[i], lens[i], &job->texts[i]);
	if (!err) {
		job->described = 1;
		return 0;
	}
	free(job->texts[0]);
	job->texts[0] = job->texts[1] = NULL;
	err = 0;
	/* both at once: the assembler is most of the time this takes */
	for (int i = 0; i < 2 && !err; i++) {
		int fd;

		*which = i;
		snprintf(job->objects[i], sizeof(job->objects[i]), "%s/kpatch_gensrc.XXXXXX",
			 tmpdir);
		fd = mkstemp(job->objects[i]);
		if (fd < 0) {
			err = -errno;
			job->objects[i][0] = 0;
			*why = "cannot make a temporary object";
			break;
		}
		close(fd);
		err = start_assembler(asm_paths[i], job->objects[i], &job->pids[i]);
		if (err)
			*why = "cannot run the assembler on it";
	}
	if (err)
		dwarf_layouts_cancel(job);
	return err;
}

int dwarf_layouts_finish(struct dwarf_layout_job *job, char *texts[2], const char **why,
			 int *which)
{
	int err = 0;

	texts[0] = texts[1] = NULL;
	if (job->described) {
		texts[0] = job->texts[0];
		texts[1] = job->texts[1];
		job->texts[0] = job->texts[1] = NULL;
		return 0;
	}
	for (int i = 0; i < 2; i++) {
		int e = wait_assembler(job->pids[i]);

		job->pids[i] = -1;
		if (e && !err) {
			err = e;
			*which = i;
			*why = "cannot assemble it";
		}
	}
	for (int i = 0; i < 2 && !err; i++) {
		struct text out = { 0 };

		*which = i;
		err = describe_object(job->objects[i], &out);
		if (err) {
			*why = "cannot read its debug information";
			free(out.data);
		} else {
			texts[i] = out.data;
		}
	}
	remove_objects(job);
	if (err) {
		free(texts[0]);
		free(texts[1]);
		texts[0] = texts[1] = NULL;
	}
	return err;
}

void dwarf_layouts_cancel(struct dwarf_layout_job *job)
{
	free(job->texts[0]);
	free(job->texts[1]);
	job->texts[0] = job->texts[1] = NULL;
	for (int i = 0; i < 2; i++) {
		if (job->pids[i] <= 0)
			continue;
		kill(job->pids[i], SIGTERM);
		waitpid(job->pids[i], NULL, 0);
		job->pids[i] = -1;
	}
	remove_objects(job);
}
