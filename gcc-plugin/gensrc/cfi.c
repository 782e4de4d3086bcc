/*
 * Unwind tables of the patch's code.  GCC describes each function's frame
 * with .cfi_* directives, from which the assembler writes .eh_frame; but
 * the patched binary's .eh_frame is one table for all of its code, which
 * the linker stage leaves behind.  So the patch carries its own table:
 * every .cfi_* directive of a copied function becomes DWARF call frame
 * instructions in .kpatch.eh_frame, one CIE and one FDE per
 * .cfi_startproc/.cfi_endproc pair, located by labels in the code:
 *
 *   .cfi_startproc                .Lkpatch.cfi.7:            (.kpatch.text)
 *   .cfi_personality 0x9b,P       pushq %rbp
 *   pushq %rbp                    .Lkpatch.cfi.8:
 *   .cfi_def_cfa_offset 16        ...
 *   ...                           .section .kpatch.eh_frame: CIE "zPLR" with
 *   .cfi_endproc                  P, then an FDE for .Lkpatch.cfi.7 to the end:
 *                                 DW_CFA_advance_loc4 .Lkpatch.cfi.8-.Lkpatch.cfi.7,
 *                                 DW_CFA_def_cfa_offset 16, ...
 *
 * Unwinders (the process's own, for C++ exceptions and backtrace(), gdb,
 * perf) can then be given the patch's code.  The table has no terminator:
 * several objects' tables are concatenated by the linker, and the linker
 * stage ends the whole one (docs/internals.md).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_OPERANDS	8

/* DWARF call frame instructions */
enum {
	DW_CFA_advance_loc4 = 0x04, DW_CFA_restore_extended = 0x06, DW_CFA_undefined = 0x07,
	DW_CFA_same_value = 0x08, DW_CFA_register = 0x09, DW_CFA_remember_state = 0x0a,
	DW_CFA_restore_state = 0x0b, DW_CFA_def_cfa = 0x0c, DW_CFA_def_cfa_register = 0x0d,
	DW_CFA_def_cfa_offset = 0x0e, DW_CFA_offset_extended_sf = 0x11,
	DW_CFA_val_offset_sf = 0x15, DW_CFA_offset = 0x80, DW_CFA_restore = 0xc0,
};

#define DW_EH_PE_omit		0xff
#define DW_EH_PE_pcrel_sdata4	0x1b	/* how the FDEs' own pointers are written */
#define DATA_ALIGN		(-8)
#define RETURN_COLUMN		16	/* %rip */
#define SP_COLUMN		7

/* x86-64 DWARF register numbers, for directives that name registers */
static const char *const dwarf_registers[] = {
	"rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12",
	"r13", "r14", "r15", "rip", NULL
};

void cfi_begin(struct cfi_frame *f, struct gensrc *g, const char *func)
{
	memset(f, 0, sizeof(*f));
	f->g = g;
	f->func = func;
}

void cfi_release(struct cfi_frame *f)
{
	free(f->table.data);
	free(f->insns.data);
	free(f->slots.data);
	memset(&f->table, 0, sizeof(f->table));
	memset(&f->insns, 0, sizeof(f->insns));
	memset(&f->slots, 0, sizeof(f->slots));
}

/* ".cfi_offset 6, -16" -> "6", "-16"; returns the count or -1 */
static int split_operands(const char *text, char ops[][128])
{
	const char *s = skip_space(text);
	int n = 0;

	s += strcspn(s, " \t");
	s = skip_space(s);
	while (*s) {
		size_t len = strcspn(s, ",");

		if (n == MAX_OPERANDS || len >= sizeof(ops[0]))
			return -1;
		memcpy(ops[n], s, len);
		while (len && (ops[n][len - 1] == ' ' || ops[n][len - 1] == '\t'))
			len--;
		ops[n++][len] = '\0';
		s = skip_space(s + strcspn(s, ","));
		if (*s == ',')
			s = skip_space(s + 1);
	}
	return n;
}

static int parse_number(const char *s, long *value)
{
	char *end;

	if (!*s)
		return -1;
	*value = strtol(s, &end, 0);
	return *skip_space(end) ? -1 : 0;
}

static int parse_register(const char *s, long *reg)
{
	if (*s == '%')
		s++;
	for (int i = 0; dwarf_registers[i]; i++)
		if (!strcmp(s, dwarf_registers[i])) {
			*reg = i;
			return 0;
		}
	return parse_number(s, reg) || *reg < 0 ? -1 : 0;
}

/* A location label where the directive stands, and the advance to it */
static void advance(struct cfi_frame *f, struct outbuf *code)
{
	unsigned here;

	if (!f->dirty)
		return;
	here = f->g->nr_cfi_labels++;
	out_printf(code, ".Lkpatch.cfi.%u:\n", here);
	out_printf(&f->insns, "\t.byte\t0x%x\n\t.long\t.Lkpatch.cfi.%u-.Lkpatch.cfi.%u\n",
		   DW_CFA_advance_loc4, here, f->last);
	f->last = here;
	f->dirty = 0;
}

/*
 * Bytes of a pointer in encoding ENC (absolute or PC-relative, 4 or 8
 * bytes; the indirect bit changes nothing here), 0 when unsupported.
 */
static int pointer_size(int enc)
{
	if ((enc & 0x70) != 0x00 && (enc & 0x70) != 0x10)
		return 0;
	switch (enc & 0x0f) {
	case 0x03:
	case 0x0b:
		return 4;
	case 0x00:
	case 0x04:
	case 0x0c:
		return 8;
	default:
		return 0;
	}
}

static void encoded_pointer(struct outbuf *out, int enc, const char *sym)
{
	out_printf(out, "\t%s\t%s%s\n", pointer_size(enc) == 4 ? ".long" : ".quad", sym,
		   (enc & 0x70) == 0x10 ? "-." : "");
}

static void cfa_offset_insn(struct cfi_frame *f, long reg, long offset)
{
	long factored = offset / DATA_ALIGN;

	if (factored >= 0 && reg < 64)
		out_printf(&f->insns, "\t.byte\t0x%lx\n\t.uleb128 %ld\n", DW_CFA_offset | reg,
			   factored);
	else
		out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n\t.sleb128 %ld\n",
			   DW_CFA_offset_extended_sf, reg, factored);
}

/* The CIE and FDE of the function part that just ended */
static void write_frame(struct cfi_frame *f, unsigned end)
{
	struct outbuf *t = &f->table;
	unsigned n = f->start;
	char aug[8], *a = aug;

	*a++ = 'z';
	if (f->personality_enc != DW_EH_PE_omit)
		*a++ = 'P';
	if (f->lsda_enc != DW_EH_PE_omit)
		*a++ = 'L';
	*a++ = 'R';
	if (f->signal_frame)
		*a++ = 'S';
	*a = '\0';

	out_printf(t, "\t.balign 8, 0\n.Lkpatch.cie.%u:\n", n);
	out_printf(t, "\t.long\t.Lkpatch.cie_end.%u-.Lkpatch.cie.%u-4\n\t.long\t0\n\t.byte\t1\n", n, n);
	out_printf(t, "\t.string\t\"%s\"\n\t.uleb128 1\n\t.sleb128 %d\n\t.uleb128 %d\n", aug,
		   DATA_ALIGN, RETURN_COLUMN);
	out_printf(t, "\t.uleb128 .Lkpatch.cie_aug_end.%u-.Lkpatch.cie_aug.%u\n"
		   ".Lkpatch.cie_aug.%u:\n", n, n, n);
	if (f->personality_enc != DW_EH_PE_omit) {
		out_printf(t, "\t.byte\t0x%x\n", f->personality_enc);
		encoded_pointer(t, f->personality_enc, f->personality);
	}
	if (f->lsda_enc != DW_EH_PE_omit)
		out_printf(t, "\t.byte\t0x%x\n", f->lsda_enc);
	out_printf(t, "\t.byte\t0x%x\n.Lkpatch.cie_aug_end.%u:\n", DW_EH_PE_pcrel_sdata4, n);
	/* the state at a call's entry: CFA = %rsp + 8, return address at CFA - 8 */
	if (!f->simple)
		out_printf(t, "\t.byte\t0x%x, %d, 8\n\t.byte\t0x%x, 1\n", DW_CFA_def_cfa, SP_COLUMN,
			   DW_CFA_offset | RETURN_COLUMN);
	out_printf(t, "\t.balign 8, 0\n.Lkpatch.cie_end.%u:\n", n);

	out_printf(t, ".Lkpatch.fde.%u:\n\t.long\t.Lkpatch.fde_end.%u-.Lkpatch.fde.%u-4\n", n, n, n);
	out_printf(t, "\t.long\t.-.Lkpatch.cie.%u\n", n);
	out_printf(t, "\t.long\t.Lkpatch.cfi.%u-.\n\t.long\t.Lkpatch.cfi.%u-.Lkpatch.cfi.%u\n", n,
		   end, n);
	out_printf(t, "\t.uleb128 .Lkpatch.fde_aug_end.%u-.Lkpatch.fde_aug.%u\n"
		   ".Lkpatch.fde_aug.%u:\n", n, n, n);
	if (f->lsda_enc != DW_EH_PE_omit)
		encoded_pointer(t, f->lsda_enc, f->lsda);
	out_printf(t, ".Lkpatch.fde_aug_end.%u:\n", n);
	if (f->insns.data)
		out_str(t, f->insns.data);
	out_printf(t, "\t.balign 8, 0\n.Lkpatch.fde_end.%u:\n", n);
}

/* .cfi_personality ENC, SYM and .cfi_lsda ENC, SYM */
static int set_pointer(struct cfi_frame *f, char ops[][128], int n, int *enc, char *sym)
{
	long value;

	if (n < 1 || parse_number(ops[0], &value) || value < 0 || value > 0xff)
		return -1;
	*enc = (int)value;
	if (value == DW_EH_PE_omit)
		return 0;
	if (n != 2 || strlen(ops[1]) >= 256)
		return -1;
	strcpy(sym, ops[1]);
	if (!pointer_size(*enc))
		return -1;
	if ((*enc & 0x70) != 0x00)
		return 0;
	/*
	 * Without -fpie GCC writes absolute 4-byte pointers (0x03), but the
	 * patch lies anywhere and the personality routine in a library far
	 * above 4 GiB.  The LSDA is the patch's own: PC-relative.  The
	 * personality is read through a slot of the patch that holds its
	 * address, as GCC's DW.ref does for PIC: indirect and PC-relative.
	 */
	if (enc == &f->personality_enc && !(*enc & 0x80)) {
		unsigned slot = f->g->nr_cfi_labels++;

		out_printf(&f->slots, "\t.balign 8\n.Lkpatch.personality.%u:\n\t.quad\t%s\n", slot,
			   sym);
		snprintf(sym, 256, ".Lkpatch.personality.%u", slot);
		*enc = 0x80 | DW_EH_PE_pcrel_sdata4;
		return 0;
	}
	*enc = (*enc & 0x80) | DW_EH_PE_pcrel_sdata4;
	return 0;
}

static int frame_state(struct cfi_frame *f, const char *name, char ops[][128], int n)
{
	long reg = 0, value = 0, reg2;

	if (!strcmp(name, ".cfi_remember_state") && !n) {
		if (f->depth == CFI_STATE_DEPTH)
			return -1;
		f->saved_reg[f->depth] = f->cfa_reg;
		f->saved_offset[f->depth++] = f->cfa_offset;
		out_printf(&f->insns, "\t.byte\t0x%x\n", DW_CFA_remember_state);
	} else if (!strcmp(name, ".cfi_restore_state") && !n) {
		if (!f->depth)
			return -1;
		f->cfa_reg = f->saved_reg[--f->depth];
		f->cfa_offset = f->saved_offset[f->depth];
		out_printf(&f->insns, "\t.byte\t0x%x\n", DW_CFA_restore_state);
	} else if (!strcmp(name, ".cfi_def_cfa") && n == 2 && !parse_register(ops[0], &reg) &&
		   !parse_number(ops[1], &value) && value >= 0) {
		f->cfa_reg = reg;
		f->cfa_offset = value;
		out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n\t.uleb128 %ld\n",
			   DW_CFA_def_cfa, reg, value);
	} else if (!strcmp(name, ".cfi_def_cfa_register") && n == 1 &&
		   !parse_register(ops[0], &reg)) {
		f->cfa_reg = reg;
		out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n", DW_CFA_def_cfa_register,
			   reg);
	} else if ((!strcmp(name, ".cfi_def_cfa_offset") || !strcmp(name, ".cfi_adjust_cfa_offset")) &&
		   n == 1 && !parse_number(ops[0], &value)) {
		f->cfa_offset = name[5] == 'a' ? f->cfa_offset + value : value;
		if (f->cfa_offset < 0)
			return -1;
		out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n", DW_CFA_def_cfa_offset,
			   f->cfa_offset);
	} else if ((!strcmp(name, ".cfi_offset") || !strcmp(name, ".cfi_rel_offset") ||
		    !strcmp(name, ".cfi_val_offset")) && n == 2 && !parse_register(ops[0], &reg) &&
		   !parse_number(ops[1], &value)) {
		if (name[5] == 'r')	/* from the CFA register, not the CFA */
			value -= f->cfa_offset;
		if (value % DATA_ALIGN)
			return -1;
		if (name[5] == 'v')
			out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n\t.sleb128 %ld\n",
				   DW_CFA_val_offset_sf, reg, value / DATA_ALIGN);
		else
			cfa_offset_insn(f, reg, value);
	} else if (!strcmp(name, ".cfi_restore") && n == 1 && !parse_register(ops[0], &reg)) {
		if (reg < 64)
			out_printf(&f->insns, "\t.byte\t0x%lx\n", DW_CFA_restore | reg);
		else
			out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n",
				   DW_CFA_restore_extended, reg);
	} else if ((!strcmp(name, ".cfi_undefined") || !strcmp(name, ".cfi_same_value")) &&
		   n == 1 && !parse_register(ops[0], &reg)) {
		out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n",
			   name[5] == 'u' ? DW_CFA_undefined : DW_CFA_same_value, reg);
	} else if (!strcmp(name, ".cfi_register") && n == 2 && !parse_register(ops[0], &reg) &&
		   !parse_register(ops[1], &reg2)) {
		out_printf(&f->insns, "\t.byte\t0x%x\n\t.uleb128 %ld\n\t.uleb128 %ld\n",
			   DW_CFA_register, reg, reg2);
	} else if (!strcmp(name, ".cfi_escape") && n >= 1) {
		out_str(&f->insns, "\t.byte\t");
		for (int i = 0; i < n; i++) {
			if (parse_number(ops[i], &value) || value < 0 || value > 0xff)
				return -1;
			out_printf(&f->insns, "%s0x%lx", i ? ", " : "", value);
		}
		out_str(&f->insns, "\n");
	} else {
		return -1;
	}
	return 0;
}

/*
 * TEXT is a .cfi_* directive of line LINE of a copied function, its names
 * already as the output knows them; labels go into CODE where it stands.
 */
int cfi_directive(struct cfi_frame *f, int line, const char *text, struct outbuf *code)
{
	const char *t = skip_space(text);
	char name[64], ops[MAX_OPERANDS][128];
	size_t len = strcspn(t, " \t");
	int n = split_operands(t, ops), err = 0;

	if (len >= sizeof(name))
		len = sizeof(name) - 1;
	memcpy(name, t, len);
	name[len] = '\0';
	if (n < 0)
		goto unsupported;
	if (!strcmp(name, ".cfi_sections"))
		return 0;
	if (!strcmp(name, ".cfi_startproc")) {
		if (f->open || n > 1 || (n == 1 && strcmp(ops[0], "simple")))
			goto unsupported;
		f->open = 1;
		f->simple = n == 1;
		f->signal_frame = 0;
		f->personality_enc = f->lsda_enc = DW_EH_PE_omit;
		f->cfa_reg = SP_COLUMN;
		f->cfa_offset = f->simple ? 0 : 8;
		f->depth = 0;
		f->insns.len = 0;
		f->start = f->last = f->g->nr_cfi_labels++;
		f->dirty = 0;
		out_printf(code, ".Lkpatch.cfi.%u:\n", f->start);
		return 0;
	}
	if (!f->open)
		goto unsupported;
	if (!strcmp(name, ".cfi_endproc")) {
		unsigned end = f->g->nr_cfi_labels++;

		if (n)
			goto unsupported;
		out_printf(code, ".Lkpatch.cfi.%u:\n", end);
		f->open = 0;
		write_frame(f, end);
	} else if (!strcmp(name, ".cfi_personality")) {
		if (set_pointer(f, ops, n, &f->personality_enc, f->personality))
			goto unsupported;
	} else if (!strcmp(name, ".cfi_lsda")) {
		if (set_pointer(f, ops, n, &f->lsda_enc, f->lsda))
			goto unsupported;
	} else if (!strcmp(name, ".cfi_signal_frame") && !n) {
		f->signal_frame = 1;
	} else {
		advance(f, code);
		if (frame_state(f, name, ops, n))
			goto unsupported;
	}
	if (f->insns.failed || f->table.failed || code->failed)
		err = -ENOMEM;
	return err;

unsupported:
	gensrc_error(f->g, &f->g->patched, line, "function '%s': cannot write unwind information "
		     "for '%s'%s into the patch", f->func, t,
		     f->open || !strcmp(name, ".cfi_startproc") ? "" :
			" outside .cfi_startproc/.cfi_endproc");
	return -EINVAL;
}

/* ".byte 0x3" -> 3; -1 for anything else */
static long byte_value(const char *t)
{
	long value;

	if (!directive_is(t, ".byte"))
		return -1;
	t = skip_space(t) + 5;
	return parse_number(skip_space(t), &value) ? -1 : value;
}

/* ".long SYM" or ".quad SYM", a symbol alone: SYM copied into BUF */
static int plain_pointer(const char *t, char *buf, size_t size)
{
	size_t len;

	if (!directive_is(t, ".long") && !directive_is(t, ".quad"))
		return 0;
	t = skip_space(skip_space(t) + 5);
	len = strcspn(t, " \t");
	if (!len || len >= size || *skip_space(t + len) || (!isalpha((unsigned char)*t) &&
							       *t != '_' && *t != '.'))
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!isalnum((unsigned char)t[i]) && t[i] != '_' && t[i] != '.' && t[i] != '$' &&
		    t[i] != '@')
			return 0;
	memcpy(buf, t, len);
	buf[len] = '\0';
	return 1;
}

/*
 * A line of a copied LSDA (TEXT, names already renamed) to OUT.  Without
 * -fpie the type table holds absolute pointers to typeinfo objects (TType
 * encoding 0x03, `.long _ZTISt9exception`), which cannot reach a
 * library's typeinfo from the patch.  The copy reads them as GCC's PIC
 * code does: TType encoding 0x9b (indirect, PC-relative) and each entry a
 * pointer to a slot of the patch that holds the typeinfo's address.  The
 * table's offset is label arithmetic, so entries may shrink from 8 bytes.
 */
int lsda_line(struct cfi_frame *f, const struct asm_line *l, const char *text, struct outbuf *out)
{
	const char *t = skip_space(text);
	char sym[256];
	long enc;

	if (l->kind == LINE_LABEL) {
		if (!strncmp(t, ".LLSDA", 6) && (isdigit((unsigned char)t[6]) ||
						 (t[6] == 'C' && isdigit((unsigned char)t[7])))) {
			f->lsda_state = 1;
			f->ttype_slots = 0;
		}
	} else if (f->lsda_state == 1) {	/* LPStart: GCC omits it */
		f->lsda_state = byte_value(t) == DW_EH_PE_omit ? 2 : 0;
	} else if (f->lsda_state == 2) {	/* the type table's encoding */
		f->lsda_state = 0;
		enc = byte_value(t);
		if (enc >= 0 && enc != DW_EH_PE_omit && (enc & 0x70) == 0x00 && pointer_size(enc)) {
			f->ttype_slots = 1;
			out_printf(out, "\t.byte\t0x%x\n", 0x80 | DW_EH_PE_pcrel_sdata4);
			return out->failed ? -ENOMEM : 0;
		}
	} else if (f->ttype_slots && plain_pointer(t, sym, sizeof(sym))) {
		unsigned slot = f->g->nr_cfi_labels++;

		out_printf(&f->slots, "\t.balign 8\n.Lkpatch.ttype.%u:\n\t.quad\t%s\n", slot, sym);
		out_printf(out, "\t.long\t.Lkpatch.ttype.%u-.\n", slot);
		return out->failed || f->slots.failed ? -ENOMEM : 0;
	}
	out_printf(out, "%s\n", text);
	return out->failed ? -ENOMEM : 0;
}

/* Code or data bytes were emitted: the next directive stands elsewhere */
void cfi_code(struct cfi_frame *f)
{
	f->dirty = 1;
}

/*
 * The function's frames into .kpatch.eh_frame (in the function's COMDAT
 * GROUP, if any); LINE is its last, for errors.
 */
int cfi_end(struct cfi_frame *f, int line, const char *group, struct outbuf *out)
{
	if (f->open) {
		gensrc_error(f->g, &f->g->patched, line,
			     "function '%s': a .cfi_startproc has no .cfi_endproc", f->func);
		return -EINVAL;
	}
	if (f->table.failed)
		return -ENOMEM;
	if (f->table.len) {
		switch_section(out, ".section", ".kpatch.eh_frame,\"a\",@progbits", group);
		out_str(out, f->table.data);
	}
	if (f->slots.len) {
		switch_section(out, ".section", ".kpatch.data,\"aw\",@progbits", group);
		out_str(out, f->slots.data);
	}
	return out->failed || f->slots.failed ? -ENOMEM : 0;
}
