/*
 * arch_reloc_target: what the instruction around a relocated field does
 * with it, from the bytes before the field.
 */
#include <elf.h>
#include <string.h>

#include "reloc.h"
#include "tests/check.h"

static void check_call(void)
{
	static const uint8_t code[] = { 0xe8, 0x11, 0x22, 0x33, 0x44 };
	struct reloc_target t;

	arch_reloc_target(R_X86_64_PLT32, code, sizeof(code), 1, &t);
	CHECK(t.known && t.branch && t.rip_operand && t.pc_relative);
}

/* -O0 -no-pie "movq $f, -0x18(%rbp)": the disp8 before the imm32 is 0xe8 */
static void check_store_immediate(void)
{
	static const uint8_t code[] = { 0x48, 0xc7, 0x45, 0xe8, 0x11, 0x22, 0x33, 0x44 };
	static const uint8_t code9[] = { 0x48, 0xc7, 0x45, 0xe9, 0x11, 0x22, 0x33, 0x44 };
	struct reloc_target t;

	arch_reloc_target(R_X86_64_32S, code, sizeof(code), 4, &t);
	CHECK(!t.rip_operand && !t.branch && !t.pc_relative);
	arch_reloc_target(R_X86_64_32, code9, sizeof(code9), 4, &t);
	CHECK(!t.rip_operand && !t.branch);
}

/* a RIP-relative load is still known */
static void check_rip_load(void)
{
	static const uint8_t code[] = { 0x48, 0x8b, 0x05, 0x11, 0x22, 0x33, 0x44 };
	struct reloc_target t;

	arch_reloc_target(R_X86_64_PC32, code, sizeof(code), 3, &t);
	CHECK(t.known && t.rip_operand && t.pc_relative && t.width == 8);
}

int main(void)
{
	check_call();
	check_store_immediate();
	check_rip_load();
	CHECK_DONE();
}
