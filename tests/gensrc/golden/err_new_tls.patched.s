	.file	"err_new_tls.c"
	.text
	.p2align 4
	.globl	depth
	.type	depth, @function
depth:
.LFB0:
	.cfi_startproc
	movl	%fs:level@tpoff, %eax
	addl	$1, %eax
	movl	%eax, %fs:level@tpoff
	ret
	.cfi_endproc
.LFE0:
	.size	depth, .-depth
	.globl	level
	.section	.tbss,"awT",@nobits
	.align 4
	.type	level, @object
	.size	level, 4
level:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
