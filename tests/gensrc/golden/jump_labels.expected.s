	.file	"jump_labels.c"
	.text
	.globl	sign
	.type	sign, @function
sign:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	jns	.L2
	movl	$-1, %eax
	jmp	.L3
.L2:
	cmpl	$0, -4(%rbp)
	setg	%al
	movzbl	%al, %eax
.L3:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.sign:
	.size	sign, .-sign
	.pushsection .kpatch.text,"ax",@progbits
	.globl	sign.kpatch
	.type	sign.kpatch, @function
sign.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	pushq	%rbp
.Lkpatch.cfi.1:
	movq	%rsp, %rbp
.Lkpatch.cfi.2:
	movl	%edi, -4(%rbp)
	cmpl	$-100, -4(%rbp)
	jge	.L2.kpatch
	movl	$-2, %eax
	jmp	.L3.kpatch
.L2.kpatch:
	cmpl	$0, -4(%rbp)
	jns	.L4.kpatch
	movl	$-1, %eax
	jmp	.L3.kpatch
.L4.kpatch:
	cmpl	$100, -4(%rbp)
	jle	.L5.kpatch
	movl	$2, %eax
	jmp	.L3.kpatch
.L5.kpatch:
	cmpl	$0, -4(%rbp)
	setg	%al
	movzbl	%al, %eax
.L3.kpatch:
	popq	%rbp
.Lkpatch.cfi.3:
	ret
.Lkpatch.cfi.4:
.LFE0.kpatch:
.Lkpatch.new_end.sign:
	.size	sign.kpatch, .-sign.kpatch
	.section .kpatch.eh_frame,"a",@progbits
	.balign 8, 0
.Lkpatch.cie.0:
	.long	.Lkpatch.cie_end.0-.Lkpatch.cie.0-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.0-.Lkpatch.cie_aug.0
.Lkpatch.cie_aug.0:
	.byte	0x1b
.Lkpatch.cie_aug_end.0:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.0:
.Lkpatch.fde.0:
	.long	.Lkpatch.fde_end.0-.Lkpatch.fde.0-4
	.long	.-.Lkpatch.cie.0
	.long	.Lkpatch.cfi.0-.
	.long	.Lkpatch.cfi.4-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.byte	0x4
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.byte	0xe
	.uleb128 16
	.byte	0x86
	.uleb128 2
	.byte	0x4
	.long	.Lkpatch.cfi.2-.Lkpatch.cfi.1
	.byte	0xd
	.uleb128 6
	.byte	0x4
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.2
	.byte	0xc
	.uleb128 7
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.0:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.sign:
	.string	"sign"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	sign
	.quad	.Lkpatch.old_end.sign - sign
	.quad	sign.kpatch
	.quad	.Lkpatch.new_end.sign - sign.kpatch
	.quad	.Lkpatch.name.sign
	.quad	0
	.popsection
	.globl	sum
	.type	sum, @function
sum:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -24(%rbp)
	movl	%esi, -28(%rbp)
	movl	$0, -4(%rbp)
	movl	$0, -8(%rbp)
	jmp	.L5
.L7:
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	testl	%eax, %eax
	jle	.L6
	movl	-8(%rbp), %eax
	cltq
	leaq	0(,%rax,4), %rdx
	movq	-24(%rbp), %rax
	addq	%rdx, %rax
	movl	(%rax), %eax
	addl	%eax, -4(%rbp)
.L6:
	addl	$1, -8(%rbp)
.L5:
	movl	-8(%rbp), %eax
	cmpl	-28(%rbp), %eax
	jl	.L7
	movl	-4(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	sum, .-sum
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
