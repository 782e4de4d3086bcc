	.file	"static_locals.c"
	.text
	.p2align 4
	.globl	tick
	.type	tick, @function
tick:
.LFB0:
	.cfi_startproc
	movl	count.2(%rip), %eax
	addl	$2, %eax
	movl	%eax, count.2(%rip)
	ret
	.cfi_endproc
.LFE0:
	.size	tick, .-tick
	.p2align 4
	.globl	tock
	.type	tock, @function
tock:
.LFB1:
	.cfi_startproc
	movl	count.1(%rip), %eax
	leal	-1(%rax), %edx
	movl	%edx, count.1(%rip)
	ret
	.cfi_endproc
.LFE1:
	.size	tock, .-tock
	.p2align 4
	.globl	tack
	.type	tack, @function
tack:
.LFB2:
	.cfi_startproc
	movl	count.0(%rip), %eax
	leal	1(%rax), %edx
	movl	%edx, count.0(%rip)
	ret
	.cfi_endproc
.LFE2:
	.size	tack, .-tack
	.data
	.align 4
	.type	count.0, @object
	.size	count.0, 4
count.0:
	.long	4
	.align 4
	.type	count.1, @object
	.size	count.1, 4
count.1:
	.long	10
	.local	count.2
	.comm	count.2,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
