/*
 * The instruction bytes the doctor writes: `jmp rel32` over an old
 * function's entry, `jmp *0(%rip)` followed by the address for a jump-table
 * entry, and the recognition of padding between functions.
 */
#include <errno.h>
#include <string.h>

#include "arch.h"

int arch_entry_jump(uint64_t from, uint64_t to, uint8_t out[ARCH_ENTRY_JUMP_SIZE])
{
	int64_t rel = (int64_t)(to - (from + ARCH_ENTRY_JUMP_SIZE));
	int32_t rel32 = (int32_t)rel;

	if (rel != (int64_t)rel32)
		return -ERANGE;
	out[0] = 0xe9;
	memcpy(out + 1, &rel32, sizeof(rel32));
	return 0;
}

void arch_jump_table_entry(uint8_t out[ARCH_JUMP_TABLE_ENTRY_SIZE], uint64_t target)
{
	static const uint8_t jmp_rip[6] = { 0xff, 0x25, 0, 0, 0, 0 };	/* jmp *0(%rip) */

	memcpy(out, jmp_rip, sizeof(jmp_rip));
	memcpy(out + sizeof(jmp_rip), &target, sizeof(target));
	/* the two spare bytes are never reached; int3 if they were */
	out[14] = 0xcc;
	out[15] = 0xcc;
}

/* The nop forms GCC and gas emit for alignment, without prefixes. */
static const struct {
	uint8_t len;
	uint8_t bytes[8];
} nops[] = {
	{ 1, { 0x90 } },
	{ 3, { 0x0f, 0x1f, 0x00 } },
	{ 4, { 0x0f, 0x1f, 0x40, 0x00 } },
	{ 5, { 0x0f, 0x1f, 0x44, 0x00, 0x00 } },
	{ 7, { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 } },
	{ 8, { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 } },
};

/* Length of the padding instruction at BYTES, 0 if it is none. */
static size_t padding_insn(const uint8_t *bytes, size_t len)
{
	size_t prefixes = 0;

	if (bytes[0] == 0xcc || bytes[0] == 0x90)
		return 1;
	/* data16 (0x66) and cs (0x2e) prefixes stretch the forms above */
	while (prefixes < len && (bytes[prefixes] == 0x66 || bytes[prefixes] == 0x2e))
		prefixes++;
	for (size_t i = 0; i < sizeof(nops) / sizeof(nops[0]); i++)
		if (len - prefixes >= nops[i].len &&
		    !memcmp(bytes + prefixes, nops[i].bytes, nops[i].len))
			return prefixes + nops[i].len;
	return 0;
}

int arch_is_padding(const uint8_t *bytes, size_t len, size_t need)
{
	size_t off = 0, n;

	while (off < need) {
		if (off >= len)
			return 0;
		n = padding_insn(bytes + off, len - off);
		if (!n)
			return 0;
		off += n;
	}
	return 1;
}
