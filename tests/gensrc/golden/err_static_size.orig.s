	.file	"err_static_size.c"
	.text
	.p2align 4
	.globl	header
	.type	header, @function
header:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	leaq	banner(%rip), %rbp
	pushq	%rbx
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	movq	%rdi, %rbx
	movq	%rbp, %rdi
	subq	$8, %rsp
	.cfi_def_cfa_offset 32
	call	strlen@PLT
	movq	%rax, %rdi
	addq	$1, %rax
	cmpl	$8, %eax
	jnb	.L2
	testb	$4, %al
	jne	.L14
	testl	%eax, %eax
	je	.L1
	movzbl	banner(%rip), %edx
	movb	%dl, (%rbx)
	testb	$2, %al
	jne	.L15
.L1:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movq	%rdi, %rax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L2:
	.cfi_restore_state
	movq	banner(%rip), %rdx
	movq	%rdx, (%rbx)
	movl	%eax, %edx
	movq	-8(%rbp,%rdx), %rcx
	movq	%rcx, -8(%rbx,%rdx)
	leaq	8(%rbx), %rcx
	andq	$-8, %rcx
	subq	%rcx, %rbx
	addl	%ebx, %eax
	subq	%rbx, %rbp
	andl	$-8, %eax
	cmpl	$8, %eax
	jb	.L1
	andl	$-8, %eax
	xorl	%edx, %edx
.L6:
	movl	%edx, %esi
	addl	$8, %edx
	movq	0(%rbp,%rsi), %r8
	movq	%r8, (%rcx,%rsi)
	cmpl	%eax, %edx
	jb	.L6
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movq	%rdi, %rax
	popq	%rbx
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L14:
	.cfi_restore_state
	movl	banner(%rip), %edx
	movl	%eax, %eax
	movl	%edx, (%rbx)
	movl	-4(%rbp,%rax), %edx
	movl	%edx, -4(%rbx,%rax)
	jmp	.L1
	.p2align 4,,10
	.p2align 3
.L15:
	movl	%eax, %eax
	movzwl	-2(%rbp,%rax), %edx
	movw	%dx, -2(%rbx,%rax)
	jmp	.L1
	.cfi_endproc
.LFE0:
	.size	header, .-header
	.data
	.align 16
	.type	banner, @object
	.size	banner, 17
banner:
	.string	"Server: demo/1.0"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
