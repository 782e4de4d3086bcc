/*
 * Output: the original assembly, line for line, with the patch added only
 * inside .pushsection/.popsection blocks and as labels that emit no bytes:
 *
 *   F: ...original F...                    (unchanged)
 *   .Lkpatch.old_end.F:                    (marks the end of F's hot part)
 *   .size F, .-F
 *   .pushsection .kpatch.text              F.kpatch: the patched F, its .L
 *   ...                                    labels suffixed .kpatch, jump
 *   .popsection                            tables and the .cold part kept,
 *                                          its C++ exception table in
 *                                          .kpatch.gcc_except_table, its
 *                                          unwind records in .kpatch.eh_frame
 *   .kpatch.strtab "F", .kpatch.info       (struct kpatch_info_entry; its
 *                                          flags say when F never returns)
 *
 * (all of it in a COMDAT group F.kpatch when F is COMDAT code),
 * and at the end of the file: new functions, new and changed variables and
 * every constant the patch uses, copied under LABEL.kpatch.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/kpatch_info_flags.h"
#include "internal.h"

#define MAX_STREAMS	8

struct copy_ctx {
	struct gensrc *g;
	const struct asm_block *b;
	struct cfi_frame *frame;	/* functions: their unwind and exception tables */
	struct strmap *defined;	/* labels defined inside the copied block */
	int line;
	char name[600];
};

static const char *copy_token(void *arg, const char *token, int *err)
{
	struct copy_ctx *ctx = arg;
	char *name = ctx->name;
	struct asm_block *c;

	if (is_local_label(token)) {
		c = find_block(&ctx->g->patched, token);
		if (c && c->kind == BLOCK_CONST) {
			/* 2: copied already (an alias names itself) */
			if (!c->needed)
				c->needed = 1;
		} else if (!strmap_get(ctx->defined, token)) {
			gensrc_error(ctx->g, &ctx->g->patched, ctx->line,
				     "'%s' refers to '%s', which gensrc cannot copy with it",
				     ctx->b->name, token);
			*err = -EINVAL;
			return NULL;
		}
		snprintf(name, sizeof(ctx->name), "%s.kpatch", token);
		return name;
	}
	if (strmap_get(ctx->defined, token) && ctx->b->state == BLOCK_CHANGED) {
		snprintf(name, sizeof(ctx->name), "%s.kpatch", token);
		return name;
	}
	return strmap_get(ctx->g->rename, token);
}

/* Copy one line of a patched block with its names as the output knows them */
static int copy_line(struct copy_ctx *ctx, int i, struct outbuf *out)
{
	const struct asm_line *l = &ctx->g->patched.lines[i];
	struct outbuf text = { 0 };
	int err;

	ctx->line = i;
	err = rewrite_tokens(l, copy_token, ctx, &text);
	if (!err && text.failed)
		err = -ENOMEM;
	if (!err && l->kind == LINE_INSN)
		err = rewrite_gotpcrel(ctx->g, i, text.data, out);
	else if (!err && ctx->frame && l->section >= 0 &&
		 !strncmp(ctx->g->patched.sections[l->section].name, ".gcc_except_table", 17))
		err = lsda_line(ctx->frame, l, text.data, out);
	else if (!err)
		out_line(out, text.data);
	free(text.data);
	return err;
}

/* Add the labels defined in ctx->b (and the labels of its parts) to ctx->defined */
static int add_labels(struct copy_ctx *ctx)
{
	const struct asm_file *file = &ctx->g->patched;

	for (int i = ctx->b->parts_first; i <= ctx->b->last; i++) {
		const char *t = skip_space(file->lines[i].text);
		char name[512];
		size_t len = strcspn(t, ":");

		if (file->lines[i].kind != LINE_LABEL || len >= sizeof(name))
			continue;
		memcpy(name, t, len);
		name[len] = '\0';
		if (strmap_put(ctx->defined, name, (void *)1))
			return -ENOMEM;
	}
	return 0;
}

static int collect_defined(struct copy_ctx *ctx)
{
	ctx->defined = strmap_new();
	if (!ctx->defined)
		return -ENOMEM;
	return add_labels(ctx);
}

static const char *kpatch_section(enum section_kind kind)
{
	switch (kind) {
	case SEC_TEXT:
		return ".kpatch.text,\"ax\",@progbits";
	case SEC_RODATA:
	case SEC_DATA:
		return ".kpatch.data,\"aw\",@progbits";
	case SEC_BSS:
		return ".kpatch.bss,\"aw\",@nobits";
	default:
		return NULL;
	}
}

/*
 * Where a part of a copied function goes.  A C++ function's exception
 * table (LSDA, in .gcc_except_table or its COMDAT twin) holds only
 * PC-relative references: it stays read-only, beside the code it
 * describes.
 */
static const char *stream_section(const struct asm_section *s)
{
	if (!strncmp(s->name, ".gcc_except_table", 17))
		return ".kpatch.gcc_except_table,\"a\",@progbits";
	return kpatch_section(s->kind);
}

/*
 * "\t.section SPEC" (SPEC as kpatch_section() gives it), in the COMDAT
 * group GROUP when there is one: `.kpatch.text,"axG",@progbits,GROUP,comdat`.
 */
void switch_section(struct outbuf *out, const char *directive, const char *spec,
		    const char *group)
{
	const char *flags_end = strchr(strchr(spec, '"') + 1, '"');

	if (!group)
		out_printf(out, "\t%s %s\n", directive, spec);
	else
		out_printf(out, "\t%s %.*sG%s,%s,comdat\n", directive, (int)(flags_end - spec), spec,
			   flags_end, group);
}

/*
 * A changed COMDAT function (an inline function or a template from a
 * header) changes in every unit that includes it, and each unit's merge
 * copies it.  Its copy, exception and unwind tables and .kpatch.info entry
 * then form a COMDAT group of their own, named after the copy, so that
 * the linker keeps one and the function is redirected once.
 */
static const char *patch_group(const struct asm_block *b)
{
	return b->weak && is_redirected(b) ? b->out_name : NULL;
}

/* Declare the copy of B global, weak or hidden as B is */
static void emit_binding(struct gensrc *g, const struct asm_block *b, struct outbuf *out)
{
	if (!b->global && !(b->kind == BLOCK_FUNC && b->state == BLOCK_CHANGED &&
			    g->opt->force_global))
		return;
	/*
	 * COMDAT code and data (C++ inline functions, templates, vtables)
	 * are weak: two units of a project may add the same one.
	 */
	out_printf(out, "\t%s\t%s\n", b->weak ? ".weak" : ".globl", b->out_name);
	if (b->hidden)
		out_printf(out, "\t.hidden\t%s\n", b->out_name);
}

/* Copy the lines of ctx->b in section STREAM, its .cfi_* directives into ctx->frame */
static int emit_stream(struct copy_ctx *ctx, int stream, struct outbuf *out)
{
	struct cfi_frame *f = ctx->frame;
	const struct asm_file *file = &ctx->g->patched;
	const struct asm_block *b = ctx->b;
	struct outbuf text = { 0 };
	int err = 0;

	/* .LCOLDBn, where the cold part's exception table counts from */
	for (int i = b->parts_first; i < b->first && !err; i++)
		if (file->lines[i].kind == LINE_LABEL && file->lines[i].section == stream)
			err = copy_line(ctx, i, out);
	for (int i = b->first; i <= b->last && !err; i++) {
		const struct asm_line *l = &file->lines[i];

		if (l->section != stream || is_section_directive(l) ||
		    is_debug_directive(l) || l->kind == LINE_BLANK)
			continue;
		if (i == b->hot_size_line && is_redirected(b))
			out_printf(out, ".Lkpatch.new_end.%s:\n", b->name);
		if (!is_cfi_directive(l)) {
			if (l->kind != LINE_LABEL)
				cfi_code(f);
			err = copy_line(ctx, i, out);
			continue;
		}
		text.len = 0;
		ctx->line = i;
		err = rewrite_tokens(l, copy_token, ctx, &text);
		if (!err)
			err = cfi_directive(f, i, text.data, out);
	}
	free(text.data);
	return err;
}

/*
 * The patched function B into .kpatch.text: the lines of each section it
 * uses (its text, .rodata for jump tables, .text.unlikely for F.cold,
 * .gcc_except_table) are emitted together, so F.kpatch's .size covers its
 * hot part only.  Its unwind information goes to .kpatch.eh_frame (cfi.c).
 */
static int emit_function(struct gensrc *g, struct asm_block *b, struct outbuf *out)
{
	const struct asm_file *file = &g->patched;
	struct copy_ctx ctx = { .g = g, .b = b };
	int streams[MAX_STREAMS], nr_streams = 0, err;
	struct cfi_frame frame;

	err = collect_defined(&ctx);
	/*
	 * In the order of the lines, so the hot part, where F.kpatch starts,
	 * comes first; then the sections of part labels (.LCOLDBn) in case
	 * the part has no line of its own.
	 */
	for (int k = b->first; k <= b->last + (b->first - b->parts_first) && !err; k++) {
		int i = k <= b->last ? k : b->parts_first + (k - b->last - 1);
		int s = file->lines[i].section, n;

		if (k > b->last && file->lines[i].kind != LINE_LABEL)
			continue;
		for (n = 0; n < nr_streams && streams[n] != s; n++)
			;
		if (n < nr_streams)
			continue;
		if (nr_streams == MAX_STREAMS || s < 0 || !stream_section(&file->sections[s])) {
			gensrc_error(g, file, i, "function '%s' puts code or data in section '%s', "
				     "which a patch cannot carry", b->name,
				     s < 0 ? "?" : file->sections[s].name);
			err = -EINVAL;
			break;
		}
		streams[nr_streams++] = s;
	}
	if (err)
		goto out;

	cfi_begin(&frame, g, b->name);
	ctx.frame = &frame;
	switch_section(out, ".pushsection", kpatch_section(SEC_TEXT), patch_group(b));
	if (b->align_line >= 0)
		out_printf(out, "%s\n", file->lines[b->align_line].text);
	emit_binding(g, b, out);
	out_printf(out, "\t.type\t%s, @function\n", b->out_name);
	for (int n = 0; n < nr_streams && !err; n++) {
		if (n)
			switch_section(out, ".section", stream_section(&file->sections[streams[n]]),
				       patch_group(b));
		err = emit_stream(&ctx, streams[n], out);
	}
	if (!err)
		err = cfi_end(&frame, b->last, patch_group(b), out);
	cfi_release(&frame);
	out_str(out, "\t.popsection\n");
out:
	strmap_free(ctx.defined, 0);
	return err;
}

/*
 * Calls that leave the caller's frame without a return: the thread goes on
 * elsewhere (exit, abort and friends end the process, which is no way out).
 */
static const char *const unwinding_calls[] = {
	"pthread_exit", "thrd_exit", "longjmp", "_longjmp", "siglongjmp", "__longjmp_chk",
	"__cxa_throw", "__cxa_rethrow", "_Unwind_Resume", "_Unwind_RaiseException",
	"_Unwind_Resume_or_Rethrow", "_Unwind_ForcedUnwind", NULL
};

static int is_unwinding_call(const char *target)
{
	size_t len = strcspn(target, "@ \t");

	if (*target == '*')	/* through a pointer: could be any of them */
		return 1;
	for (int i = 0; unwinding_calls[i]; i++)
		if (strlen(unwinding_calls[i]) == len && !strncmp(target, unwinding_calls[i], len))
			return 1;
	return 0;
}

/*
 * Can B's code ever leave it?  A ret, a jump to anything but its own
 * labels (a tail call), an indirect jump (a tail call through a pointer,
 * or a table: counted as a way out) and a call that unwinds the frame
 * (longjmp, pthread_exit, a throw, any call through a pointer) are ways
 * out.  Without one, a thread inside B stays there for ever: an endless
 * loop, or only calls that end the process.
 */
static int has_return_path(const struct asm_file *file, const struct asm_block *b)
{
	for (int i = b->first; i <= b->last; i++) {
		const struct asm_line *l = &file->lines[i];
		const char *t = skip_space(l->text), *target;
		size_t len = strcspn(t, " \t");

		if (l->kind != LINE_INSN)
			continue;
		/* ret, retq, and the prefixed forms rep ret, bnd ret */
		if (!strncmp(t, "ret", 3) ||
		    ((!strncmp(t, "rep", 3) || !strncmp(t, "bnd", 3)) &&
		     !strncmp(skip_space(t + len), "ret", 3)))
			return 1;
		target = skip_space(t + len);
		if (!strncmp(t, "call", 4) && is_unwinding_call(target))
			return 1;
		if (t[0] != 'j')
			continue;
		if (*target == '*' || !is_local_label(target))
			return 1;
	}
	return 0;
}

/* The .kpatch.info entry of a redirected function (struct kpatch_info_entry) */
static void emit_info(const struct asm_file *orig, const struct asm_block *o,
		      const struct asm_block *p, struct outbuf *out)
{
	unsigned long long flags = has_return_path(orig, o) ? 0 : KPATCH_INFO_NORETURN;

	switch_section(out, ".pushsection", ".kpatch.strtab,\"a\",@progbits", patch_group(p));
	out_printf(out, ".Lkpatch.name.%s:\n\t.string\t\"%s\"\n", o->name, o->name);
	out_str(out, "\t.popsection\n");
	switch_section(out, ".pushsection", ".kpatch.info,\"aw\",@progbits", patch_group(p));
	out_str(out, "\t.balign 8\n");
	out_printf(out, "\t.quad\t%s\n", o->name);
	out_printf(out, "\t.quad\t.Lkpatch.old_end.%s - %s\n", o->name, o->name);
	out_printf(out, "\t.quad\t%s\n", p->out_name);
	out_printf(out, "\t.quad\t.Lkpatch.new_end.%s - %s\n", p->name, p->out_name);
	out_printf(out, "\t.quad\t.Lkpatch.name.%s\n", o->name);
	out_printf(out, "\t.quad\t%llu\n\t.popsection\n", flags);
}

/* A new or changed variable, or a constant, into .kpatch.data/.kpatch.bss */
static int emit_data(struct gensrc *g, struct asm_block *b, struct outbuf *out)
{
	const struct asm_file *file = &g->patched;
	enum section_kind kind = block_section_kind(file, b);
	struct copy_ctx ctx = { .g = g, .b = b };
	int err = 0;

	if (b->common)
		kind = SEC_BSS;
	if (kind == SEC_RODATA || kind == SEC_DATA || kind == SEC_BSS)
		out_printf(out, "\t.pushsection %s\n", kpatch_section(kind));
	else {
		gensrc_error(g, file, b->first, "'%s' is in section '%s', which a patch cannot carry",
			     b->name, b->section >= 0 ? file->sections[b->section].name : "?");
		return -EINVAL;
	}
	ctx.defined = strmap_new();
	if (!ctx.defined || strmap_put(ctx.defined, b->name, (void *)1)) {
		strmap_free(ctx.defined, 0);
		return -ENOMEM;
	}
	/* a label table points at its function's labels, renamed the same way */
	if (b->label_owner) {
		ctx.b = b->label_owner;
		err = add_labels(&ctx);
		ctx.b = b;
		if (err) {
			strmap_free(ctx.defined, 0);
			return err;
		}
	}
	if (b->common && b->common_align > 1)
		out_printf(out, "\t.balign %ld\n", b->common_align);
	else if (b->align_line >= 0)
		out_printf(out, "%s\n", file->lines[b->align_line].text);
	if (b->kind == BLOCK_VAR) {
		emit_binding(g, b, out);
		out_printf(out, "\t.type\t%s, @object\n", b->out_name);
		if (b->size >= 0)
			out_printf(out, "\t.size\t%s, %ld\n", b->out_name, b->size);
	}
	if (b->common) {
		out_printf(out, "%s:\n\t.zero\t%ld\n", b->out_name, b->size);
	} else if (b->alias_target) {
		/* `.set .LC1.kpatch,.LC0.kpatch+8`: the target is copied too */
		err = copy_line(&ctx, b->first, out);
	} else {
		if (b->kind == BLOCK_CONST)
			out_printf(out, "%s.kpatch:\n", b->name);
		else
			out_printf(out, "%s:\n", b->out_name);
		for (int i = b->first + 1; i <= b->last && !err; i++)
			if (file->lines[i].kind != LINE_BLANK)
				err = copy_line(&ctx, i, out);
	}
	out_str(out, "\t.popsection\n");
	strmap_free(ctx.defined, 0);
	return err;
}

/* Everything of the patched file that goes at the end of the output */
static int emit_additions(struct gensrc *g, struct outbuf *out)
{
	int err = 0, more = 1;

	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		struct asm_block *b = &g->patched.blocks[i];

		if (b->kind == BLOCK_FUNC && (b->state == BLOCK_NEW || !is_redirected(b)) &&
		    b->state != BLOCK_SAME)
			err = emit_function(g, b, out);
	}
	for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
		struct asm_block *b = &g->patched.blocks[i];

		if (b->kind == BLOCK_VAR && b->state != BLOCK_SAME)
			err = emit_data(g, b, out);
	}
	/* constants can refer to constants: copy until nothing new is needed */
	while (more && !err) {
		more = 0;
		for (int i = 0; i < g->patched.nr_blocks && !err; i++) {
			struct asm_block *b = &g->patched.blocks[i];

			if (b->kind != BLOCK_CONST || b->needed != 1)
				continue;
			b->needed = 2;
			more = 1;
			err = emit_data(g, b, out);
		}
	}
	return err;
}

int emit_merged(struct gensrc *g, struct outbuf *out)
{
	struct asm_file *file = &g->orig;
	struct asm_block **size_at = calloc(file->nr_lines + 1, sizeof(*size_at));
	struct asm_block **end_at = calloc(file->nr_lines + 1, sizeof(*end_at));
	int err = 0;

	if (!size_at || !end_at) {
		err = -ENOMEM;
		goto out;
	}
	for (int i = 0; i < file->nr_blocks; i++) {
		struct asm_block *o = &file->blocks[i];

		if (o->kind == BLOCK_FUNC && o->twin && is_redirected(o->twin) &&
		    o->hot_size_line >= 0) {
			size_at[o->hot_size_line] = o;
			end_at[o->last] = o;
		}
	}
	for (int i = 0; i < file->nr_lines && !err; i++) {
		if (size_at[i])
			out_printf(out, ".Lkpatch.old_end.%s:\n", size_at[i]->name);
		out_line(out, file->lines[i].text);
		if (end_at[i]) {
			err = emit_function(g, end_at[i]->twin, out);
			if (!err)
				emit_info(file, end_at[i], end_at[i]->twin, out);
		}
	}
	if (!err)
		err = emit_additions(g, out);
	if (!err && out->failed)
		err = -ENOMEM;
out:
	free(size_at);
	free(end_at);
	return err;
}
