	.file	"err_new_tls.c"
	.text
	.p2align 4
	.globl	depth
	.type	depth, @function
depth:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	depth, .-depth
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
