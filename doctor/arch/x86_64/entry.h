/*
 * Holding a new program at its entry point, x86-64: the breakpoint that
 * stops it there once the dynamic loader has mapped its libraries, and the
 * jump to itself that keeps it there while no tracer is attached.
 */
#ifndef LIBCARE_DOCTOR_ARCH_ENTRY_H
#define LIBCARE_DOCTOR_ARCH_ENTRY_H

#include <stdint.h>
#include <sys/types.h>

/* Bytes of the entry point that the hold overwrites and gives back. */
#define ARCH_ENTRY_HOLD_SIZE	2

/* ORIG with a breakpoint over its first byte. */
void arch_entry_trap(const uint8_t orig[ARCH_ENTRY_HOLD_SIZE], uint8_t out[ARCH_ENTRY_HOLD_SIZE]);
/* A jump to itself: a thread there stays there until the bytes change. */
void arch_entry_spin(uint8_t out[ARCH_ENTRY_HOLD_SIZE]);
/*
 * TID, stopped by a SIGTRAP, is put back on ENTRY when the trap was our
 * breakpoint at ENTRY; -EAGAIN when the SIGTRAP came from elsewhere.
 */
int arch_entry_rewind(pid_t tid, uint64_t entry);

#endif
