	.file	"label_table.c"
	.text
	.p2align 4
	.globl	run
	.type	run, @function
run:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %edx
	leaq	table.0(%rip), %rcx
	movl	%esi, %eax
	addq	$2, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.p2align 4,,10
	.p2align 3
.L6:
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	-1(%rdi), %edx
	addl	%eax, %eax
	addq	$1, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	-1(%rdi), %edx
	addl	$10, %eax
	addq	$1, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.cfi_endproc
.LFE0:
	.size	run, .-run
	.section	.data.rel.ro.local,"aw"
	.align 16
	.type	table.0, @object
	.size	table.0, 24
table.0:
	.quad	.L3
	.quad	.L4
	.quad	.L6
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
