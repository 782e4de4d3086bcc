/*
 * The x86-64 instruction rewrites of common/arch, table-driven: input
 * bytes, where the relocated field starts, and the bytes and result that
 * must come out, refusals included.
 */
#include <elf.h>
#include <errno.h>
#include <string.h>

#include "insn_rewrite.h"
#include "reloc_types.h"
#include "tests/check.h"

enum which { RELAX, UNRELAX, KEEP, TLS_IE, TLS_DYN };

struct rewrite_case {
	const char *what;
	enum which fn;
	unsigned char in[16];
	size_t len, pos;
	unsigned char out[16];	/* all zero: the bytes must not change */
	int ret;
	enum rewrite_action action;
	uint32_t type;
	int delta;
	unsigned char prefixed;
};

#define FIELD	0x11, 0x22, 0x33, 0x44

static const struct rewrite_case cases[] = {
	/* GOT loads */
	{ "call *x@GOTPCREL(%rip)", RELAX, { 0xff, 0x15, FIELD }, 6, 2,
	  { 0x67, 0xe8, FIELD }, 0, REWRITE_CALL, R_X86_64_PC32, 0, 0 },
	{ "jmp *x@GOTPCREL(%rip)", RELAX, { 0xff, 0x25, FIELD }, 6, 2,
	  { 0xe9, FIELD, 0x90 }, 0, REWRITE_JMP, R_X86_64_PC32, -1, 0 },
	{ "addr32 call x, relaxed by ld", RELAX, { 0x67, 0xe8, FIELD }, 6, 2,
	  { 0 }, 0, REWRITE_DIRECT_KEPT, R_X86_64_PC32, 0, 0 },
	{ "jmp x; nop, relaxed by ld", RELAX, { 0x90, 0xe9, FIELD, 0x90 }, 7, 2,
	  { 0 }, 0, REWRITE_DIRECT_KEPT, R_X86_64_PC32, 0, 0 },
	{ "mov $x, %eax (no-pie relaxation)", RELAX, { 0xc7, 0xc0, FIELD }, 6, 2,
	  { 0 }, 0, REWRITE_IMMEDIATE, R_X86_64_32S, 0, 0 },
	{ "mov $x, %r12", RELAX, { 0x49, 0xc7, 0xc4, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_IMMEDIATE, R_X86_64_32S, 0, 0 },
	{ "test $x, %rdx", RELAX, { 0x48, 0xf7, 0xc2, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_IMMEDIATE, R_X86_64_32S, 0, 0 },
	{ "add $x, %rcx", RELAX, { 0x48, 0x81, 0xc1, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_IMMEDIATE, R_X86_64_32S, 0, 0 },
	{ "cmp x@GOTPCREL(%rip), %rax: unknown", RELAX, { 0x48, 0x3b, 0x05, FIELD }, 7, 3,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "mov x(%rax), %rax: not RIP-relative", RELAX, { 0x48, 0x8b, 0x80, FIELD }, 7, 3,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "field at section start", RELAX, { FIELD }, 4, 0,
	  { 0 }, -EINVAL, REWRITE_OUT_OF_RANGE, 0, 0, 0 },
	{ "one byte before the field", RELAX, { 0x05, FIELD }, 5, 1,
	  { 0 }, -EINVAL, REWRITE_OUT_OF_RANGE, 0, 0, 0 },
	{ "field past section end", RELAX, { 0x48, 0x8b, 0x05, 0x11, 0x22 }, 5, 3,
	  { 0 }, -EINVAL, REWRITE_OUT_OF_RANGE, 0, 0, 0 },
	{ "lea to mov: call is no load", UNRELAX, { 0xff, 0x15, FIELD }, 6, 2,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "lea to mov: lea x(%rbx)", UNRELAX, { 0x48, 0x8d, 0x83, FIELD }, 7, 3,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "lea to mov: at section start", UNRELAX, { 0x8d, FIELD }, 5, 1,
	  { 0 }, -EINVAL, REWRITE_OUT_OF_RANGE, 0, 0, 0 },

	/* GOT references kept for an interposable symbol */
	{ "keep: call *x@GOTPCREL(%rip)", KEEP, { 0xff, 0x15, FIELD }, 6, 2,
	  { 0 }, 0, REWRITE_GOT_CALL_KEPT, 0, 0, 0 },
	{ "keep: jmp *x@GOTPCREL(%rip)", KEEP, { 0xff, 0x25, FIELD }, 6, 2,
	  { 0 }, 0, REWRITE_GOT_JMP_KEPT, 0, 0, 0 },
	{ "keep: mov x@GOTPCREL(%rip), %rax", KEEP, { 0x48, 0x8b, 0x05, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_MOV_KEPT, 0, 0, 0 },
	{ "keep: lea x(%rip), %rdx back to a load", KEEP, { 0x48, 0x8d, 0x15, FIELD }, 7, 3,
	  { 0x48, 0x8b, 0x15, FIELD }, 0, REWRITE_LEA_TO_MOV, 0, 0, 0 },
	{ "keep: addr32 call x, relaxed by ld", KEEP, { 0x67, 0xe8, FIELD }, 6, 2,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "keep: cmp x@GOTPCREL(%rip), %rbx", KEEP, { 0x48, 0x3b, 0x1d, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_MOV_KEPT, 0, 0, 0 },
	{ "keep: mov x(%rax), %rax: not RIP-relative", KEEP, { 0x48, 0x8b, 0x80, FIELD }, 7, 3,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },

	/* initial-exec TLS */
	{ "mov x@gottpoff(%rip), %rax", TLS_IE, { 0x48, 0x8b, 0x05, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_GOT, R_X86_64_PC32, 0, 0 },
	{ "mov x@gottpoff(%rip), %r15", TLS_IE, { 0x4c, 0x8b, 0x3d, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_GOT, R_X86_64_PC32, 0, 0 },
	{ "add x@gottpoff(%rip), %rdx", TLS_IE, { 0x48, 0x03, 0x15, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_GOT, R_X86_64_PC32, 0, 0 },
	{ "mov $x@tpoff, %rax (ld)", TLS_IE, { 0x48, 0xc7, 0xc0, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_RELAXED, R_X86_64_TPOFF32, 0, 0 },
	{ "mov $x@tpoff, %r9 (ld)", TLS_IE, { 0x49, 0xc7, 0xc1, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_RELAXED, R_X86_64_TPOFF32, 0, 0 },
	{ "add $x@tpoff, %rsp (ld)", TLS_IE, { 0x48, 0x81, 0xc4, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_RELAXED, R_X86_64_TPOFF32, 0, 0 },
	{ "lea x@tpoff(%rdx), %rdx (ld)", TLS_IE, { 0x48, 0x8d, 0x92, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_IE_RELAXED, R_X86_64_TPOFF32, 0, 0 },
	{ "gottpoff: xor is unknown", TLS_IE, { 0x48, 0x33, 0x05, FIELD }, 7, 3,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "gottpoff at section start", TLS_IE, { 0x05, FIELD }, 5, 1,
	  { 0 }, -EINVAL, REWRITE_OUT_OF_RANGE, 0, 0, 0 },

	/* general- and local-dynamic TLS */
	{ "data16 lea x@tlsgd(%rip), %rdi", TLS_DYN, { 0x66, 0x48, 0x8d, 0x3d, FIELD }, 8, 4,
	  { 0 }, 0, REWRITE_TLS_DYNAMIC_LEA, R_X86_64_PC32, 0, 1 },
	{ "lea x@tlsld(%rip), %rdi", TLS_DYN, { 0x90, 0x48, 0x8d, 0x3d, FIELD }, 8, 4,
	  { 0 }, 0, REWRITE_TLS_DYNAMIC_LEA, R_X86_64_PC32, 0, 0 },
	{ "lea x@tlsld(%rip), %rdi at section start", TLS_DYN, { 0x48, 0x8d, 0x3d, FIELD }, 7, 3,
	  { 0 }, 0, REWRITE_TLS_DYNAMIC_LEA, R_X86_64_PC32, 0, 0 },
	{ "tlsgd relaxed by ld to mov %fs:0, %rax", TLS_DYN,
	  { 0x64, 0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0x48, 0x8d, 0x80, FIELD }, 16, 12,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "lea x@tlsgd(%rip), %rsi: not %rdi", TLS_DYN, { 0x48, 0x8d, 0x35, FIELD }, 7, 3,
	  { 0 }, -EINVAL, REWRITE_UNKNOWN, 0, 0, 0 },
	{ "tlsgd two bytes from section start", TLS_DYN, { 0x8d, 0x3d, FIELD }, 6, 2,
	  { 0 }, -EINVAL, REWRITE_OUT_OF_RANGE, 0, 0, 0 },
};

static int run(enum which fn, unsigned char *buf, size_t len, size_t pos,
	       struct rewrite_result *res)
{
	switch (fn) {
	case RELAX:
		return arch_relax_got_load(buf, len, pos, res);
	case UNRELAX:
		return arch_unrelax_got_load(buf, len, pos, res);
	case KEEP:
		return arch_keep_got_load(buf, len, pos, res);
	case TLS_IE:
		return arch_classify_tls_ie(buf, len, pos, res);
	case TLS_DYN:
		return arch_classify_tls_dynamic(buf, len, pos, res);
	}
	return -EINVAL;
}

static void check_case(const struct rewrite_case *c)
{
	static const unsigned char zero[16];
	struct rewrite_result res;
	unsigned char buf[16];
	const unsigned char *want = memcmp(c->out, zero, sizeof(zero)) ? c->out : c->in;
	int ret;

	memcpy(buf, c->in, sizeof(buf));
	ret = run(c->fn, buf, c->len, c->pos, &res);
	CHECKF(ret == c->ret, "%s: returned %d, want %d", c->what, ret, c->ret);
	CHECKF(res.action == c->action, "%s: action %d, want %d", c->what, res.action, c->action);
	CHECKF(res.type == c->type, "%s: type %u, want %u", c->what, res.type, c->type);
	CHECKF(res.offset_delta == c->delta, "%s: delta %d", c->what, res.offset_delta);
	CHECKF(res.prefixed == c->prefixed, "%s: prefixed %d", c->what, res.prefixed);
	CHECKF(!memcmp(buf, want, c->len), "%s: bytes differ", c->what);
	if (c->action != REWRITE_OUT_OF_RANGE)
		CHECKF(!memcmp(res.insn, c->in + c->pos - 2, 2), "%s: insn bytes", c->what);
}

/*
 * mov x@GOTPCREL(%rip), %reg <-> lea x(%rip), %reg for all sixteen
 * registers (REX.R clear and set) and the 32-bit form without REX.
 */
static void check_every_register(void)
{
	static const unsigned char prefixes[] = { 0x48, 0x4c, 0x40, 0x44 };
	unsigned p, reg, dir;

	for (p = 0; p < sizeof(prefixes); p++)
		for (reg = 0; reg < 8; reg++)
			for (dir = 0; dir < 2; dir++) {
				unsigned char mov = 0x8b, lea = 0x8d, modrm = 0x05 | reg << 3;
				unsigned char buf[] = { 0x90, prefixes[p], dir ? lea : mov, modrm,
							FIELD, 0xc3 };
				unsigned char want[sizeof(buf)];
				struct rewrite_result res;
				int ret;

				memcpy(want, buf, sizeof(buf));
				want[2] = dir ? mov : lea;
				ret = dir ? arch_unrelax_got_load(buf, sizeof(buf), 4, &res) :
					    arch_relax_got_load(buf, sizeof(buf), 4, &res);
				CHECKF(!ret && !memcmp(buf, want, sizeof(buf)),
				       "prefix 0x%02x reg %u %s", prefixes[p], reg,
				       dir ? "lea -> mov" : "mov -> lea");
				CHECKF(res.action == (dir ? REWRITE_LEA_TO_MOV : REWRITE_MOV_TO_LEA),
				       "prefix 0x%02x reg %u: action %d", prefixes[p], reg, res.action);
				CHECK(res.type == (dir ? 0 : R_X86_64_PC32) && !res.offset_delta);

				/* done already: the bytes stay as they are */
				ret = dir ? arch_unrelax_got_load(buf, sizeof(buf), 4, &res) :
					    arch_relax_got_load(buf, sizeof(buf), 4, &res);
				CHECKF(!ret && !memcmp(buf, want, sizeof(buf)) &&
				       res.action == (dir ? REWRITE_MOV_KEPT : REWRITE_LEA_KEPT),
				       "prefix 0x%02x reg %u: second pass", prefixes[p], reg);
			}
	for (reg = 0; reg < 8; reg++) {
		unsigned char buf[] = { 0x8b, 0x05 | reg << 3, FIELD };
		struct rewrite_result res;

		CHECK(!arch_relax_got_load(buf, sizeof(buf), 2, &res) && buf[0] == 0x8d &&
		      buf[1] == (0x05 | reg << 3) && res.action == REWRITE_MOV_TO_LEA);
	}
}

/*
 * Initial-exec TLS for all sixteen registers: the GOT load (register in
 * ModRM.reg, REX.R) and ld's "mov $x@tpoff" (register in ModRM.rm, REX.B).
 */
static void check_tls_every_register(void)
{
	unsigned high, reg;

	for (high = 0; high < 2; high++)
		for (reg = 0; reg < 8; reg++) {
			unsigned char got[] = { high ? 0x4c : 0x48, 0x8b, 0x05 | reg << 3, FIELD };
			unsigned char imm[] = { high ? 0x49 : 0x48, 0xc7, 0xc0 | reg, FIELD };
			struct rewrite_result res;

			CHECKF(!arch_classify_tls_ie(got, sizeof(got), 3, &res) &&
			       res.action == REWRITE_TLS_IE_GOT && res.type == R_X86_64_PC32,
			       "gottpoff load into register %u", high * 8 + reg);
			CHECKF(!arch_classify_tls_ie(imm, sizeof(imm), 3, &res) &&
			       res.action == REWRITE_TLS_IE_RELAXED && res.type == R_X86_64_TPOFF32,
			       "mov $x@tpoff into register %u", high * 8 + reg);
		}
}

static void check_reloc_table(void)
{
	const struct reloc_type_info *t;

	t = arch_reloc_type(R_X86_64_PC32);
	CHECK(t && !strcmp(t->name, "R_X86_64_PC32") && t->size == 4 && t->in_patch);
	t = arch_reloc_type(R_X86_64_64);
	CHECK(t && t->size == 8 && t->in_patch);
	t = arch_reloc_type(R_X86_64_REX_GOTPCRELX);
	CHECK(t && !strcmp(t->name, "R_X86_64_REX_GOTPCRELX") && t->in_patch);
	t = arch_reloc_type(R_X86_64_GOTTPOFF);
	CHECK(t && t->size == 4 && !t->in_patch);
	CHECK(arch_reloc_type(39) == NULL);
	CHECK(arch_reloc_type(R_X86_64_NUM) == NULL);
	CHECK(arch_reloc_type(1000) == NULL);
}

/* The PLT entry forms GNU ld writes, and what is not one. */
static void check_plt_entries(void)
{
	static const struct {
		const char *what;
		unsigned char bytes[16];
		size_t size;
		int ret;
		size_t end;
	} plt[] = {
		{ ".plt: jmp *slot(%rip); push; jmp .plt",
		  { 0xff, 0x25, FIELD, 0x68, 0, 0, 0, 0, 0xe9, 0, 0, 0, 0 }, 16, 0, 6 },
		{ ".plt.got: jmp *slot(%rip); xchg %ax,%ax", { 0xff, 0x25, FIELD, 0x66, 0x90 }, 8, 0, 6 },
		{ ".plt.sec: endbr64; bnd jmp *slot(%rip)",
		  { 0xf3, 0x0f, 0x1e, 0xfa, 0xf2, 0xff, 0x25, FIELD, 0x0f, 0x1f, 0x44, 0, 0 }, 16, 0, 11 },
		{ "endbr64; jmp *slot(%rip)", { 0xf3, 0x0f, 0x1e, 0xfa, 0xff, 0x25, FIELD }, 16, 0, 10 },
		{ ".plt0: push GOT+8(%rip); jmp *GOT+16(%rip)",
		  { 0xff, 0x35, FIELD, 0xff, 0x25, FIELD, 0x0f, 0x1f, 0x40, 0 }, 16, -ENOENT, 0 },
		{ "IBT lazy entry: endbr64; push; bnd jmp .plt",
		  { 0xf3, 0x0f, 0x1e, 0xfa, 0x68, 0, 0, 0, 0, 0xf2, 0xe9, 0, 0, 0, 0, 0x90 }, 16, -ENOENT, 0 },
		{ "entry cut short", { 0xff, 0x25, 0x11, 0x22, 0x33 }, 5, -ENOENT, 0 },
	};

	for (size_t i = 0; i < sizeof(plt) / sizeof(plt[0]); i++) {
		size_t end = 0;
		int32_t disp = 0;
		int ret = arch_plt_entry_slot(plt[i].bytes, plt[i].size, &end, &disp);

		CHECKF(ret == plt[i].ret, "%s: returned %d", plt[i].what, ret);
		if (!ret)
			CHECKF(end == plt[i].end && disp == 0x44332211, "%s: end %zu disp 0x%x",
			       plt[i].what, end, (unsigned)disp);
	}
	CHECK(arch_is_direct_branch((const uint8_t[]){ 0xe8, FIELD }, 5, 1));
	CHECK(arch_is_direct_branch((const uint8_t[]){ 0xe9, FIELD }, 5, 1));
	CHECK(!arch_is_direct_branch((const uint8_t[]){ 0x8d, 0x05, FIELD }, 6, 2));
	CHECK(!arch_is_direct_branch((const uint8_t[]){ 0xe8, 0x11, 0x22 }, 3, 1));
}

int main(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_case(&cases[i]);
	check_every_register();
	check_tls_every_register();
	check_reloc_table();
	check_plt_entries();
	CHECK_DONE();
}
