/* Relocation arithmetic, entry jumps and padding recognition (arch/x86_64). */
#include <elf.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "arch.h"
#include "tests/check.h"

static uint32_t u32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint64_t u64(const uint8_t *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void test_pc32(void)
{
	uint8_t buf[8] = { 0 };
	struct reloc_values v = { .S = 0x401000, .A = -4, .P = 0x400100 };

	CHECK(arch_apply_reloc(R_X86_64_PC32, buf, &v) == 0);
	CHECK(u32(buf) == 0x401000 - 4 - 0x400100);
	v.S = 0x400000;
	v.P = 0x401000;
	CHECK(arch_apply_reloc(R_X86_64_PLT32, buf, &v) == 0);
	CHECK((int32_t)u32(buf) == -0x1004);
	/* exactly at the reach limits, then one past */
	v.P = 0x100000000;
	v.A = 0;
	v.S = v.P + 0x7fffffff;
	CHECK(arch_apply_reloc(R_X86_64_PC32, buf, &v) == 0);
	v.S++;
	CHECK(arch_apply_reloc(R_X86_64_PC32, buf, &v) == -ERANGE);
	v.S = v.P - 0x80000000ULL;
	CHECK(arch_apply_reloc(R_X86_64_PC32, buf, &v) == 0);
	CHECK(u32(buf) == 0x80000000);
	v.S--;
	CHECK(arch_apply_reloc(R_X86_64_PC32, buf, &v) == -ERANGE);
}

static void test_abs(void)
{
	uint8_t buf[8] = { 0 };
	struct reloc_values v = { .S = 0x7f0000001000, .A = 8 };

	CHECK(arch_apply_reloc(R_X86_64_64, buf, &v) == 0);
	CHECK(u64(buf) == 0x7f0000001008);
	CHECK(arch_apply_reloc(R_X86_64_32, buf, &v) == -ERANGE);
	CHECK(arch_apply_reloc(R_X86_64_32S, buf, &v) == -ERANGE);
	v.S = 0x80000000;
	v.A = 0;
	/* fits zero-extended, not sign-extended */
	CHECK(arch_apply_reloc(R_X86_64_32, buf, &v) == 0);
	CHECK(u32(buf) == 0x80000000);
	CHECK(arch_apply_reloc(R_X86_64_32S, buf, &v) == -ERANGE);
	v.S = 0x601040;
	CHECK(arch_apply_reloc(R_X86_64_32S, buf, &v) == 0);
	CHECK(u32(buf) == 0x601040);
	v.S = 0x1000;
	v.P = 0x3000;
	CHECK(arch_apply_reloc(R_X86_64_PC64, buf, &v) == 0);
	CHECK((int64_t)u64(buf) == -0x2000);
}

static void test_got_and_tls(void)
{
	uint8_t buf[8] = { 0 };
	struct reloc_values v = { .S = 0x7f0000000000, .A = -4, .P = 0x500000, .G = 0x501000 };

	CHECK(arch_apply_reloc(R_X86_64_REX_GOTPCRELX, buf, &v) == 0);
	CHECK(u32(buf) == 0x501000 - 4 - 0x500000);
	CHECK(arch_apply_reloc(R_X86_64_GOTPCREL, buf, &v) == 0);
	CHECK(arch_reloc_kind(R_X86_64_GOTPCRELX) == RELOC_GOT);
	v.S = arch_exec_tpoff(8, 16);
	v.A = 0;
	CHECK(arch_apply_reloc(R_X86_64_TPOFF32, buf, &v) == 0);
	CHECK((int32_t)u32(buf) == -8);
}

static void test_refused(void)
{
	uint8_t buf[8];
	struct reloc_values v = { 0 };

	CHECK(arch_reloc_kind(R_X86_64_GOTTPOFF) == RELOC_UNSUPPORTED);
	CHECK(arch_reloc_kind(R_X86_64_TLSGD) == RELOC_UNSUPPORTED);
	CHECK(arch_reloc_size(R_X86_64_COPY) == 0);
	CHECK(arch_apply_reloc(R_X86_64_GOTTPOFF, buf, &v) == -EOPNOTSUPP);
	CHECK(!strcmp(arch_reloc_name(R_X86_64_GOTTPOFF), "R_X86_64_GOTTPOFF"));
	CHECK(!strcmp(arch_reloc_name(R_X86_64_PLT32), "R_X86_64_PLT32"));
	CHECK(!strcmp(arch_reloc_name(1000), "unknown relocation type"));
}

static void test_jumps(void)
{
	uint8_t j[ARCH_ENTRY_JUMP_SIZE], t[ARCH_JUMP_TABLE_ENTRY_SIZE];
	static const uint8_t expect[] = { 0xe9, 0xfb, 0x0f, 0x00, 0x00 };

	CHECK(arch_entry_jump(0x401000, 0x402000, j) == 0);
	CHECK(!memcmp(j, expect, sizeof(expect)));
	CHECK(arch_entry_jump(0x401000, 0x401000 - 0x7ffffff0ULL, j) == 0);
	CHECK(arch_entry_jump(0x401000, 0x401000 + 0x90000000ULL, j) == -ERANGE);
	arch_jump_table_entry(t, 0x7f1122334455);
	CHECK(t[0] == 0xff && t[1] == 0x25 && u32(t + 2) == 0);
	CHECK(u64(t + 6) == 0x7f1122334455);
}

static void test_padding(void)
{
	static const uint8_t int3[] = { 0xcc, 0xcc, 0xcc, 0xcc };
	static const uint8_t nopw[] = { 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 };
	static const uint8_t nopl[] = { 0x0f, 0x1f, 0x40, 0x00, 0x90 };
	static const uint8_t code[] = { 0x55, 0x48, 0x89, 0xe5 };	/* push %rbp; mov %rsp,%rbp */
	static const uint8_t half[] = { 0x90, 0x55, 0xcc };

	CHECK(arch_is_padding(int3, sizeof(int3), 4));
	CHECK(arch_is_padding(nopw, sizeof(nopw), 3));
	CHECK(arch_is_padding(nopl, sizeof(nopl), 5));
	CHECK(!arch_is_padding(code, sizeof(code), 1));
	CHECK(arch_is_padding(half, sizeof(half), 1));
	CHECK(!arch_is_padding(half, sizeof(half), 2));
	CHECK(!arch_is_padding(int3, 2, 4));
}

int main(void)
{
	test_pc32();
	test_abs();
	test_got_and_tls();
	test_refused();
	test_jumps();
	test_padding();
	CHECK_DONE();
}
