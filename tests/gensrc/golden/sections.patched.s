	.file	"sections.c"
	.text
	.section	.text.clamp,"ax",@progbits
	.p2align 4
	.globl	clamp
	.type	clamp, @function
clamp:
.LFB0:
	.cfi_startproc
	movl	limit(%rip), %edx
	movl	%edi, %eax
	leal	-1(%rdx), %ecx
	cmpl	%edi, %edx
	cmovle	%ecx, %eax
	ret
	.cfi_endproc
.LFE0:
	.size	clamp, .-clamp
	.section	.text.pick,"ax",@progbits
	.p2align 4
	.globl	pick
	.type	pick, @function
pick:
.LFB1:
	.cfi_startproc
	andl	$3, %edi
	leaq	table(%rip), %rax
	movl	(%rax,%rdi,4), %eax
	ret
	.cfi_endproc
.LFE1:
	.size	pick, .-pick
	.section	.rodata.table,"a"
	.align 16
	.type	table, @object
	.size	table, 16
table:
	.long	1
	.long	2
	.long	3
	.long	4
	.globl	limit
	.section	.data.limit,"aw"
	.align 4
	.type	limit, @object
	.size	limit, 4
limit:
	.long	10
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
