/*
 * gensrc internals: the parsed form of one assembly file and the state of
 * a merge.  parse.c fills struct asm_file, data.c and match.c pair blocks
 * with their twins and decide what changed, emit.c writes the result.
 */
#ifndef LIBCARE_GENSRC_INTERNAL_H
#define LIBCARE_GENSRC_INTERNAL_H

#include <stddef.h>

#include "gensrc.h"

enum line_kind { LINE_BLANK, LINE_LABEL, LINE_DIRECTIVE, LINE_INSN };

/*
 * One per line of both inputs (millions for a large unit): 12 bytes, not
 * the 16 that natural alignment gives, for a tenth of gensrc's memory.
 */
#define MAX_SECTIONS	(1 << 23)

struct __attribute__((packed, aligned(4))) asm_line {
	char *text;		/* NUL-terminated, without the newline */
	int section : 24;	/* section in effect after this line, -1 before any */
	enum line_kind kind : 8;
};

enum section_kind { SEC_TEXT, SEC_RODATA, SEC_DATA, SEC_BSS, SEC_TLS, SEC_OTHER };

struct asm_section {
	char *name;
	enum section_kind kind;
};

enum block_kind { BLOCK_FUNC, BLOCK_VAR, BLOCK_CONST };
enum block_state { BLOCK_SAME, BLOCK_CHANGED, BLOCK_NEW };

/* A function, a variable or a local constant (.LC0, a .L table) */
struct asm_block {
	enum block_kind kind;
	char *name;
	int first, last;	/* lines of the definition, inclusive */
	int align_line;		/* alignment directive just before it, or -1 */
	int section;
	int global;		/* .globl or .weak */
	int weak, hidden;	/* .weak (COMDAT code and data), .hidden */
	int parts_first;	/* functions: first .LCOLDB/.LHOTB label before it */
	int common;		/* .comm/.lcomm: no content lines */
	long size;		/* from .size or .comm, -1 when unknown */
	long common_align;
	int hot_size_line;	/* functions: the `.size F, .-F` line */
	char *owner;		/* name.N statics: the function that uses it first */
	struct asm_block *twin;
	enum block_state state;
	char *out_name;		/* the name it has in the merged output */
	int needed;		/* constants: referenced by emitted code */
	int line_only;		/* functions: differs only in __LINE__ arguments */
	int startup;		/* functions: named in .init_array, run once */
	int resolver;		/* functions: an IFUNC's resolver, run once at load */
	struct asm_block *label_owner;	/* variables: the function whose &&labels it holds */
	/* constants: `.set .LC1,.LC0+8`, a constant inside another one */
	char *alias_target;	/* ".LC0" */
	char *alias_offset;	/* "+8", or "" */
	long line_from, line_to;
	int nr_line_moves;
};

struct strmap;

struct asm_file {
	const char *name;
	char *buf;		/* the copy the lines point into, or NULL: the caller's */
	struct asm_line *lines;
	int nr_lines;
	struct asm_section *sections;
	int nr_sections;
	struct asm_block *blocks;
	int nr_blocks;
	struct strmap *by_name;		/* name -> struct asm_block * */
	const char *source;		/* .file "x.c": the compiled source, or NULL */
	int source_line;
};

struct outbuf {
	char *data;
	size_t len, size;
	int failed;		/* out of memory, or WRITE failed */
	/* the merged output with opt->write: handed on in pieces, not kept */
	int (*write)(void *arg, const char *data, size_t len);
	void *write_arg;
	size_t written;
	int write_err;
};

/* Hand what OUT holds to its writer (nothing without one) */
void out_flush(struct outbuf *out);

struct gensrc {
	const struct gensrc_options *opt;
	struct asm_file orig, patched;
	/* patched symbol name -> the name patched code uses for it in the output */
	struct strmap *rename;
	/* every symbol the original file names: what its object already reaches */
	struct strmap *orig_symbols;
	/* read-only records, loaded on first use: name -> "" or why it is state */
	struct strmap *orig_verdicts, *patched_verdicts;
	int verdicts_loaded;
	unsigned nr_cfi_labels;		/* .Lkpatch.cfi.N labels handed out */
};

/* util.c */
struct strmap *strmap_new(void);
void strmap_free(struct strmap *map, int free_values);
void *strmap_get(struct strmap *map, const char *key);
int strmap_put(struct strmap *map, const char *key, void *value);

void out_add(struct outbuf *out, const char *s, size_t len);
void out_str(struct outbuf *out, const char *s);
void out_line(struct outbuf *out, const char *s);
void out_printf(struct outbuf *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void gensrc_error(struct gensrc *g, const struct asm_file *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void gensrc_note(struct gensrc *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *xstrndup(const char *s, size_t len);

/*
 * Copy LINE to OUT with every symbol token passed through MAP; MAP returns
 * the replacement or NULL to keep the token.  The mnemonic or directive
 * name, registers, @-suffixes, strings and comments are not tokens.  With
 * OUT NULL only MAP is called.  Returns the first non-zero *ERR MAP set.
 */
typedef const char *(*token_fn)(void *arg, const char *token, int *err);
int rewrite_tokens(const struct asm_line *line, token_fn map, void *arg, struct outbuf *out);

/* text helpers */
const char *skip_space(const char *s);
int directive_is(const char *text, const char *name);
int is_debug_line(const struct asm_line *line);
int is_local_label(const char *name);
int is_section_directive(const struct asm_line *line);
int is_const_label(const char *name);

/* parse.c */
/* TEXT is only read unless WRITABLE: then its lines are split in place */
int parse_file(struct gensrc *g, struct asm_file *file, char *text, size_t len, int writable);
void free_file(struct asm_file *file);
struct asm_block *find_block(const struct asm_file *file, const char *name);
int check_same_source(struct gensrc *g);

/* data.c */
enum section_kind block_section_kind(const struct asm_file *file, const struct asm_block *b);
int name_new_block(struct gensrc *g, struct asm_block *b);
int match_variables(struct gensrc *g);
int check_removed_variables(struct gensrc *g);
int retarget_label_tables(struct gensrc *g);

/* readonly.c */
/*
 * *PROVEN = 1 when the plugin's records of both builds prove the twins O
 * and P constant; else 0 and WHY says why not (empty for a global).
 */
int readonly_in_both(struct gensrc *g, const struct asm_block *o, const struct asm_block *p,
		     int *proven, char *why, size_t size);
void free_readonly_records(struct gensrc *g);

/* match.c */
/* Where each line of a normal form came from: line[k] of the file, text at offset[k] */
struct norm_index {
	int *line;
	size_t *offset;		/* nr + 1 entries: the last one is the end */
	int nr, size;
};

int normalise_block_indexed(struct gensrc *g, const struct asm_file *file,
			    const struct asm_block *b, struct outbuf *out, struct norm_index *idx);
int normalise_block(struct gensrc *g, const struct asm_file *file, const struct asm_block *b,
		    struct outbuf *out);
int match_functions(struct gensrc *g);
int is_redirected(const struct asm_block *p);

/* lines.c */
int only_line_numbers_differ(struct gensrc *g, const struct asm_block *o,
			     struct asm_block *p, int *changed);
void note_line_only(struct gensrc *g);

/* gotpcrel.c */
int rewrite_gotpcrel(struct gensrc *g, int line, const char *insn, struct outbuf *out);
int collect_orig_symbols(struct gensrc *g);
int in_patch(struct gensrc *g, const char *name);

/* layout.c */
int check_layouts(struct gensrc *g);

/* cfi.c: .cfi_* directives of copied code into .kpatch.eh_frame */
#define CFI_STATE_DEPTH	16

struct cfi_frame {
	struct gensrc *g;
	const char *func;	/* for messages */
	struct outbuf table;	/* .kpatch.eh_frame text: CIEs and FDEs */
	struct outbuf insns;	/* call frame instructions of the open FDE */
	struct outbuf slots;	/* .kpatch.data: personality addresses read indirectly */
	int open, simple, signal_frame;
	int dirty;		/* bytes emitted since the last location label */
	unsigned start, last;	/* location labels: the FDE's start, the last one */
	int personality_enc, lsda_enc;
	char personality[256], lsda[256];
	long cfa_reg, cfa_offset;
	int lsda_state;		/* where in an LSDA's header the copy is */
	int ttype_slots;	/* the LSDA's type table is read through slots */
	long saved_reg[CFI_STATE_DEPTH], saved_offset[CFI_STATE_DEPTH];
	int depth;
};

void cfi_begin(struct cfi_frame *f, struct gensrc *g, const char *func);
int cfi_directive(struct cfi_frame *f, int line, const char *text, struct outbuf *code);
void cfi_code(struct cfi_frame *f);
int cfi_end(struct cfi_frame *f, int line, const char *group, struct outbuf *out);
void cfi_release(struct cfi_frame *f);
int lsda_line(struct cfi_frame *f, const struct asm_line *l, const char *text, struct outbuf *out);
int is_cfi_directive(const struct asm_line *line);
int is_debug_directive(const struct asm_line *line);

/* emit.c */
void switch_section(struct outbuf *out, const char *directive, const char *spec,
		    const char *group);
int emit_merged(struct gensrc *g, struct outbuf *out);

#endif
