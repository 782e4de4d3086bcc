	.file	"err_var_type.c"
	.text
	.p2align 4
	.globl	get_mode
	.type	get_mode, @function
get_mode:
.LFB0:
	.cfi_startproc
	movl	mode(%rip), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	get_mode, .-get_mode
	.globl	mode
	.section	.rodata
	.align 4
	.type	mode, @object
	.size	mode, 4
mode:
	.long	3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
