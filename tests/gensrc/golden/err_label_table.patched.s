	.file	"err_label_table.c"
	.text
	.globl	run
	.type	run, @function
run:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	table.0(%rip), %rax
	movq	(%rdx,%rax), %rax
	jmp	.L2
.L3:
	addl	$10, -12(%rbp)
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	table.0(%rip), %rax
	movq	(%rdx,%rax), %rax
	nop
.L2:
	jmp	*%rax
.L4:
	sall	-12(%rbp)
	movq	-8(%rbp), %rax
	leaq	1(%rax), %rdx
	movq	%rdx, -8(%rbp)
	movzbl	(%rax), %eax
	movzbl	%al, %eax
	cltq
	leaq	0(,%rax,8), %rdx
	leaq	table.0(%rip), %rax
	movq	(%rdx,%rax), %rax
	jmp	.L2
.L5:
	movl	-12(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	run, .-run
	.section	.data.rel.local,"aw"
	.align 16
	.type	table.0, @object
	.size	table.0, 24
table.0:
	.quad	.L3
	.quad	.L4
	.quad	.L5
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
