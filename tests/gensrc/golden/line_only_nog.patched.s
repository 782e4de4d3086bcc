	.file	"line_only_nog.c"
	.text
	.p2align 4
	.globl	fixed
	.type	fixed, @function
fixed:
.LFB0:
	.cfi_startproc
	testl	%edi, %edi
	movl	$-1, %eax
	cmovs	%eax, %edi
	leal	1(%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	fixed, .-fixed
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"line_only_nog.c"
.LC1:
	.string	"x > 0"
.LC2:
	.string	"too big"
.LC3:
	.string	"big"
	.text
	.p2align 4
	.globl	check
	.type	check, @function
check:
.LFB1:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	testl	%edi, %edi
	jle	.L9
	movl	%edi, %ebx
	cmpl	$100, %edi
	jg	.L10
	cmpl	$50, %edi
	jg	.L11
.L7:
	leal	(%rbx,%rbx), %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L11:
	.cfi_restore_state
	leaq	.LC3(%rip), %rdx
	movl	$23, %esi
	leaq	.LC0(%rip), %rdi
	call	report@PLT
	jmp	.L7
.L10:
	leaq	.LC2(%rip), %rdx
	movl	$19, %esi
	leaq	.LC0(%rip), %rdi
	call	report@PLT
	movl	$-1, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
.L9:
	.cfi_restore_state
	leaq	__PRETTY_FUNCTION__.0(%rip), %rcx
	movl	$17, %edx
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
	call	__assert_fail@PLT
	.cfi_endproc
.LFE1:
	.size	check, .-check
	.section	.rodata.str1.1
.LC4:
	.string	"constant"
.LC5:
	.string	"here"
	.text
	.p2align 4
	.globl	notline
	.type	notline, @function
notline:
.LFB2:
	.cfi_startproc
	leaq	.LC4(%rip), %rdx
	movl	$41, %esi
	leaq	.LC5(%rip), %rdi
	jmp	report@PLT
	.cfi_endproc
.LFE2:
	.size	notline, .-notline
	.section	.rodata
	.type	__PRETTY_FUNCTION__.0, @object
	.size	__PRETTY_FUNCTION__.0, 6
__PRETTY_FUNCTION__.0:
	.string	"check"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
