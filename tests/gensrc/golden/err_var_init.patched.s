	.file	"err_var_init.c"
	.text
	.p2align 4
	.globl	over
	.type	over, @function
over:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	%edi, limit(%rip)
	setl	%al
	ret
	.cfi_endproc
.LFE0:
	.size	over, .-over
	.globl	limit
	.data
	.align 4
	.type	limit, @object
	.size	limit, 4
limit:
	.long	6
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
