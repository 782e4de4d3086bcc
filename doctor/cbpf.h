/*
 * A classic BPF interpreter for seccomp programs: the doctor runs the
 * patient's filters itself, for the exact call it is about to inject,
 * before the kernel would run them for real.
 */
#ifndef LIBCARE_DOCTOR_CBPF_H
#define LIBCARE_DOCTOR_CBPF_H

#include <linux/filter.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Runs the LEN instructions of PROG over DATA (LEN_DATA bytes, a struct
 * seccomp_data) and stores what it returns in *RESULT.  Only what seccomp
 * accepts is known: absolute word loads, immediates, scratch memory, ALU
 * (no BPF_MOD), jumps, returns and TAX/TXA.  A division by a zero X returns 0, as the
 * kernel does.  -EINVAL for anything else (an unknown opcode, a load out
 * of DATA, a jump or fall off the end): the caller must not guess then.
 */
int cbpf_run(const struct sock_filter *prog, size_t len, const void *data, size_t len_data,
	     uint32_t *result);

#endif
