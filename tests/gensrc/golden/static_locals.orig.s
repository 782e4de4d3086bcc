	.file	"static_locals.c"
	.text
	.p2align 4
	.globl	tick
	.type	tick, @function
tick:
.LFB0:
	.cfi_startproc
	movl	count.1(%rip), %eax
	addl	$1, %eax
	movl	%eax, count.1(%rip)
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
	movl	count.0(%rip), %eax
	leal	-1(%rax), %edx
	movl	%edx, count.0(%rip)
	ret
	.cfi_endproc
.LFE1:
	.size	tock, .-tock
	.data
	.align 4
	.type	count.0, @object
	.size	count.0, 4
count.0:
	.long	10
	.local	count.1
	.comm	count.1,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
