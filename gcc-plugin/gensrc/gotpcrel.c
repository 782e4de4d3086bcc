/*
 * --force-gotpcrel: patched code reaches every variable the patch does not
 * define through the GOT, so a variable that ends up in a shared library
 * far from the patch is still reachable.
 *
 *   leaq  x(%rip), %rax       ->  movq x@GOTPCREL(%rip), %rax
 *   movl  x+4(%rip), %eax     ->  movq x@GOTPCREL(%rip), %rax
 *                                 movl 4(%rax), %eax
 *   addl  $1, x(%rip)         ->  leaq -128(%rsp), %rsp      (keep the red zone)
 *                                 pushq %r11
 *                                 movq x@GOTPCREL(%rip), %r11
 *                                 addl $1, (%r11)
 *                                 popq %r11
 *                                 leaq 128(%rsp), %rsp
 *
 * None of these sequences changes the flags.
 *
 * Without the option the same rewrite applies to the symbols that the
 * original file never names and the patched file does not define: a
 * library variable the fix starts to use (stderr) has no copy in the
 * running executable, and only a GOT slot reaches the library's own.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_OPERANDS	4

static const char *const registers[][4] = {
	{ "rax", "eax", "ax", "al" }, { "rbx", "ebx", "bx", "bl" }, { "rcx", "ecx", "cx", "cl" },
	{ "rdx", "edx", "dx", "dl" }, { "rsi", "esi", "si", "sil" }, { "rdi", "edi", "di", "dil" },
	{ "rbp", "ebp", "bp", "bpl" }, { "rsp", "esp", "sp", "spl" }, { "r8", "r8d", "r8w", "r8b" },
	{ "r9", "r9d", "r9w", "r9b" }, { "r10", "r10d", "r10w", "r10b" },
	{ "r11", "r11d", "r11w", "r11b" }, { "r12", "r12d", "r12w", "r12b" },
	{ "r13", "r13d", "r13w", "r13b" }, { "r14", "r14d", "r14w", "r14b" },
	{ "r15", "r15d", "r15w", "r15b" },
};
#define NR_REGISTERS	(int)(sizeof(registers) / sizeof(registers[0]))

/* Scratch candidates: caller-saved and not used to pass arguments first */
static const int scratch_order[] = { 11, 10, 0, 3, 9, 8, 2, 1, 4, 5 };

static const char *const loads[] = {
	"movl", "movq", "movslq", "movzbl", "movzwl", "movsbl", "movswl", "movzbq", "movzwq",
	"movsbq", "movswq", NULL
};

struct insn {
	char mnemonic[32];
	char operands[MAX_OPERANDS][128];
	int nr_operands;
};

struct got_ref {
	int operand;
	char symbol[256];
	char offset[32];	/* "+8", "-4" or "" */
	int immediate;		/* $sym rather than sym(%rip) */
};

int in_patch(struct gensrc *g, const char *name)
{
	struct asm_block *p = find_block(&g->patched, name);
	size_t len = strlen(name);

	if (len > 7 && !strcmp(name + len - 7, ".kpatch"))
		return 1;
	return p && p->state == BLOCK_NEW && !strcmp(p->out_name, name);
}

static int split_insn(const char *text, struct insn *insn)
{
	const char *s = skip_space(text);
	size_t len = strcspn(s, " \t");
	int depth = 0, n = 0;
	char *o;

	if (len >= sizeof(insn->mnemonic) || strchr(s, '#') || strchr(s, ';'))
		return -1;
	memcpy(insn->mnemonic, s, len);
	insn->mnemonic[len] = '\0';
	s = skip_space(s + len);
	insn->nr_operands = 0;
	if (!*s)
		return 0;
	o = insn->operands[0];
	for (; *s; s++) {
		if (*s == '(')
			depth++;
		else if (*s == ')')
			depth--;
		if (*s == ',' && !depth) {
			*o = '\0';
			if (++n == MAX_OPERANDS)
				return -1;
			o = insn->operands[n];
			s = skip_space(s + 1) - 1;
			continue;
		}
		if (o - insn->operands[n] == (int)sizeof(insn->operands[0]) - 1)
			return -1;
		*o++ = *s;
	}
	*o = '\0';
	insn->nr_operands = n + 1;
	return 0;
}

static const char *note_symbol(void *arg, const char *token, int *err)
{
	struct gensrc *g = arg;

	if (!is_local_label(token) && !strmap_get(g->orig_symbols, token))
		*err = strmap_put(g->orig_symbols, token, (void *)1);
	return NULL;
}

int collect_orig_symbols(struct gensrc *g)
{
	int err = 0;

	g->orig_symbols = strmap_new();
	if (!g->orig_symbols)
		return -ENOMEM;
	for (int i = 0; i < g->orig.nr_lines && !err; i++) {
		const struct asm_line *l = &g->orig.lines[i];

		/* debug information makes no reference the linker resolves */
		if (l->section >= 0 && g->orig.sections[l->section].kind == SEC_OTHER)
			continue;
		if (l->kind == LINE_INSN || l->kind == LINE_DIRECTIVE)
			err = rewrite_tokens(l, note_symbol, g, NULL);
	}
	return err;
}

/* Neither named by the original nor defined by the patched file */
static int is_new_external(struct gensrc *g, const char *name)
{
	return !find_block(&g->patched, name) && !strmap_get(g->orig_symbols, name);
}

/* Does OPERAND name a variable outside the patch, as sym[+-off](%rip) or $sym[+-off]? */
static int parse_reference(struct gensrc *g, const char *operand, struct got_ref *ref)
{
	const char *s = operand, *sym;
	size_t len;

	ref->immediate = *s == '$';
	s += ref->immediate || *s == '*';
	sym = s;
	if (!isalpha((unsigned char)*s) && *s != '_' && *s != '.')
		return 0;
	while (isalnum((unsigned char)*s) || *s == '_' || *s == '.')
		s++;
	len = s - sym;
	if (len >= sizeof(ref->symbol) || is_local_label(sym))
		return 0;
	memcpy(ref->symbol, sym, len);
	ref->symbol[len] = '\0';
	ref->offset[0] = '\0';
	if (*s == '+' || *s == '-') {
		size_t n = strspn(s + 1, "0123456789");

		if (!n || n + 2 > sizeof(ref->offset))
			return 0;
		memcpy(ref->offset, s, n + 1);
		ref->offset[n + 1] = '\0';
		s += n + 1;
	}
	if (ref->immediate ? *s != '\0' : strcmp(s, "(%rip)"))
		return 0;
	if (in_patch(g, ref->symbol))
		return 0;
	return g->opt->force_gotpcrel || is_new_external(g, ref->symbol);
}

static int register_family(const char *operand, int *size_index)
{
	if (*operand != '%')
		return -1;
	for (int r = 0; r < NR_REGISTERS; r++)
		for (int k = 0; k < 4; k++)
			if (!strcmp(operand + 1, registers[r][k])) {
				*size_index = k;
				return r;
			}
	return -1;
}

static int mentions_register(const char *text, int r)
{
	for (int k = 0; k < 4; k++) {
		const char *s = text;
		size_t len = strlen(registers[r][k]);

		while ((s = strchr(s, '%'))) {
			s++;
			if (!strncmp(s, registers[r][k], len) && !isalnum((unsigned char)s[len]))
				return 1;
		}
	}
	return 0;
}

static int is_load(const char *mnemonic)
{
	for (int i = 0; loads[i]; i++)
		if (!strcmp(mnemonic, loads[i]))
			return 1;
	return 0;
}

static void emit_insn(struct outbuf *out, const struct insn *insn, int replace,
		      const char *operand)
{
	out_printf(out, "\t%s\t", insn->mnemonic);
	for (int i = 0; i < insn->nr_operands; i++)
		out_printf(out, "%s%s", i ? ", " : "", i == replace ? operand : insn->operands[i]);
	out_str(out, "\n");
}

/* Load the GOT slot of REF into the 64-bit register R, plus its offset */
static void load_address(struct outbuf *out, const struct got_ref *ref, int r)
{
	out_printf(out, "\tmovq\t%s@GOTPCREL(%%rip), %%%s\n", ref->symbol, registers[r][0]);
	if (ref->offset[0])
		out_printf(out, "\tleaq\t%s(%%%s), %%%s\n", ref->offset + (ref->offset[0] == '+'),
			   registers[r][0], registers[r][0]);
}

int rewrite_gotpcrel(struct gensrc *g, int line, const char *text, struct outbuf *out)
{
	struct got_ref ref = { .operand = -1 };
	struct insn insn;
	char operand[160];
	int dest = -1, size = 0, scratch = -1;

	if (split_insn(text, &insn)) {
		out_printf(out, "%s\n", text);
		return 0;
	}
	for (int i = 0; i < insn.nr_operands && ref.operand < 0; i++)
		if (parse_reference(g, insn.operands[i], &ref))
			ref.operand = i;
	if (ref.operand < 0) {
		out_printf(out, "%s\n", text);
		return 0;
	}
	if (insn.nr_operands == 2)
		dest = register_family(insn.operands[1], &size);

	if (ref.immediate) {
		if ((strcmp(insn.mnemonic, "movl") && strcmp(insn.mnemonic, "movq")) ||
		    ref.operand != 0 || dest < 0 || size > 1)
			goto unsupported;
		load_address(out, &ref, dest);
		return 0;
	}
	if (!strcmp(insn.mnemonic, "leaq") && dest >= 0 && size == 0) {
		load_address(out, &ref, dest);
		return 0;
	}
	if (is_load(insn.mnemonic) && ref.operand == 0 && dest >= 0 && size <= 1 && dest != 7) {
		out_printf(out, "\tmovq\t%s@GOTPCREL(%%rip), %%%s\n", ref.symbol, registers[dest][0]);
		snprintf(operand, sizeof(operand), "%s(%%%s)", ref.offset + (ref.offset[0] == '+'),
			 registers[dest][0]);
		emit_insn(out, &insn, 0, operand);
		return 0;
	}
	if ((!strcmp(insn.mnemonic, "call") || !strcmp(insn.mnemonic, "jmp")) &&
	    insn.operands[0][0] == '*') {
		/* %r11 is free at a call or a jump out of the function */
		out_printf(out, "\tmovq\t%s@GOTPCREL(%%rip), %%r11\n", ref.symbol);
		out_printf(out, "\tmovq\t%s(%%r11), %%r11\n", ref.offset + (ref.offset[0] == '+'));
		out_printf(out, "\t%s\t*%%r11\n", insn.mnemonic);
		return 0;
	}
	if (!strncmp(insn.mnemonic, "push", 4) || !strncmp(insn.mnemonic, "pop", 3) ||
	    mentions_register(text, 7))
		goto unsupported;
	for (size_t i = 0; i < sizeof(scratch_order) / sizeof(scratch_order[0]); i++)
		if (!mentions_register(text, scratch_order[i])) {
			scratch = scratch_order[i];
			break;
		}
	if (scratch < 0)
		goto unsupported;
	out_str(out, "\tleaq\t-128(%rsp), %rsp\n");
	out_printf(out, "\tpushq\t%%%s\n", registers[scratch][0]);
	out_printf(out, "\tmovq\t%s@GOTPCREL(%%rip), %%%s\n", ref.symbol, registers[scratch][0]);
	snprintf(operand, sizeof(operand), "%s(%%%s)", ref.offset + (ref.offset[0] == '+'),
		 registers[scratch][0]);
	emit_insn(out, &insn, ref.operand, operand);
	out_printf(out, "\tpopq\t%%%s\n", registers[scratch][0]);
	out_str(out, "\tleaq\t128(%rsp), %rsp\n");
	return 0;

unsupported:
	if (g->opt->force_gotpcrel)
		gensrc_error(g, &g->patched, line, "--force-gotpcrel: cannot route '%s' through "
			     "the GOT (reference to '%s')", skip_space(text), ref.symbol);
	else
		gensrc_error(g, &g->patched, line, "cannot route '%s' through the GOT: '%s' is "
			     "not used by the original, so it may live in a shared library",
			     skip_space(text), ref.symbol);
	return -EINVAL;
}
