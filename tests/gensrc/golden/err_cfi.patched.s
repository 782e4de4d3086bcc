	.file	"err_cfi.c"
	.text
	.p2align 4
	.globl	step
	.type	step, @function
step:
.LFB0:
	.cfi_startproc
#APP
# 5 "err_cfi.c" 1
	.cfi_return_column 3
# 0 "" 2
#NO_APP
	leal	2(%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	step, .-step
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
