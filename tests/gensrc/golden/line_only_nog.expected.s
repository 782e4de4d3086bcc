	.file	"line_only_nog.c"
	.text
	.p2align 4
	.globl	fixed
	.type	fixed, @function
fixed:
.LFB0:
	.cfi_startproc
	leal	1(%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.fixed:
	.size	fixed, .-fixed
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	fixed.kpatch
	.type	fixed.kpatch, @function
fixed.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	testl	%edi, %edi
	movl	$-1, %eax
	cmovs	%eax, %edi
	leal	1(%rdi), %eax
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.fixed:
	.size	fixed.kpatch, .-fixed.kpatch
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
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.balign 8, 0
.Lkpatch.fde_end.0:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.fixed:
	.string	"fixed"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	fixed
	.quad	.Lkpatch.old_end.fixed - fixed
	.quad	fixed.kpatch
	.quad	.Lkpatch.new_end.fixed - fixed.kpatch
	.quad	.Lkpatch.name.fixed
	.quad	0
	.popsection
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
	movl	$21, %esi
	leaq	.LC0(%rip), %rdi
	call	report@PLT
	jmp	.L7
.L10:
	leaq	.LC2(%rip), %rdx
	movl	$17, %esi
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
	movl	$15, %edx
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
	call	__assert_fail@PLT
	.cfi_endproc
.LFE1:
.Lkpatch.old_end.check:
	.size	check, .-check
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	check.kpatch
	.type	check.kpatch, @function
check.kpatch:
.LFB1.kpatch:
.Lkpatch.cfi.2:
	pushq	%rbx
.Lkpatch.cfi.3:
	testl	%edi, %edi
	jle	.L9.kpatch
	movl	%edi, %ebx
	cmpl	$100, %edi
	jg	.L10.kpatch
	cmpl	$50, %edi
	jg	.L11.kpatch
.L7.kpatch:
	leal	(%rbx,%rbx), %eax
	popq	%rbx
.Lkpatch.cfi.4:
	ret
	.p2align 4,,10
	.p2align 3
.L11.kpatch:
.Lkpatch.cfi.5:
	leaq	.LC3.kpatch(%rip), %rdx
	movl	$23, %esi
	leaq	.LC0.kpatch(%rip), %rdi
	call	report@PLT
	jmp	.L7.kpatch
.L10.kpatch:
	leaq	.LC2.kpatch(%rip), %rdx
	movl	$19, %esi
	leaq	.LC0.kpatch(%rip), %rdi
	call	report@PLT
	movl	$-1, %eax
	popq	%rbx
.Lkpatch.cfi.6:
	ret
.L9.kpatch:
.Lkpatch.cfi.7:
	leaq	__PRETTY_FUNCTION__.0(%rip), %rcx
	movl	$17, %edx
	leaq	.LC0.kpatch(%rip), %rsi
	leaq	.LC1.kpatch(%rip), %rdi
	call	__assert_fail@PLT
.Lkpatch.cfi.8:
.LFE1.kpatch:
.Lkpatch.new_end.check:
	.size	check.kpatch, .-check.kpatch
	.section .kpatch.eh_frame,"a",@progbits
	.balign 8, 0
.Lkpatch.cie.2:
	.long	.Lkpatch.cie_end.2-.Lkpatch.cie.2-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.2-.Lkpatch.cie_aug.2
.Lkpatch.cie_aug.2:
	.byte	0x1b
.Lkpatch.cie_aug_end.2:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.2:
.Lkpatch.fde.2:
	.long	.Lkpatch.fde_end.2-.Lkpatch.fde.2-4
	.long	.-.Lkpatch.cie.2
	.long	.Lkpatch.cfi.2-.
	.long	.Lkpatch.cfi.8-.Lkpatch.cfi.2
	.uleb128 .Lkpatch.fde_aug_end.2-.Lkpatch.fde_aug.2
.Lkpatch.fde_aug.2:
.Lkpatch.fde_aug_end.2:
	.byte	0x4
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.2
	.byte	0xe
	.uleb128 16
	.byte	0x83
	.uleb128 2
	.byte	0x4
	.long	.Lkpatch.cfi.4-.Lkpatch.cfi.3
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.5-.Lkpatch.cfi.4
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.6-.Lkpatch.cfi.5
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.7-.Lkpatch.cfi.6
	.byte	0xb
	.balign 8, 0
.Lkpatch.fde_end.2:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.check:
	.string	"check"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	check
	.quad	.Lkpatch.old_end.check - check
	.quad	check.kpatch
	.quad	.Lkpatch.new_end.check - check.kpatch
	.quad	.Lkpatch.name.check
	.quad	0
	.popsection
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
	movl	$40, %esi
	leaq	.LC5(%rip), %rdi
	jmp	report@PLT
	.cfi_endproc
.LFE2:
.Lkpatch.old_end.notline:
	.size	notline, .-notline
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	notline.kpatch
	.type	notline.kpatch, @function
notline.kpatch:
.LFB2.kpatch:
.Lkpatch.cfi.9:
	leaq	.LC4.kpatch(%rip), %rdx
	movl	$41, %esi
	leaq	.LC5.kpatch(%rip), %rdi
	jmp	report@PLT
.Lkpatch.cfi.10:
.LFE2.kpatch:
.Lkpatch.new_end.notline:
	.size	notline.kpatch, .-notline.kpatch
	.section .kpatch.eh_frame,"a",@progbits
	.balign 8, 0
.Lkpatch.cie.9:
	.long	.Lkpatch.cie_end.9-.Lkpatch.cie.9-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.9-.Lkpatch.cie_aug.9
.Lkpatch.cie_aug.9:
	.byte	0x1b
.Lkpatch.cie_aug_end.9:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.9:
.Lkpatch.fde.9:
	.long	.Lkpatch.fde_end.9-.Lkpatch.fde.9-4
	.long	.-.Lkpatch.cie.9
	.long	.Lkpatch.cfi.9-.
	.long	.Lkpatch.cfi.10-.Lkpatch.cfi.9
	.uleb128 .Lkpatch.fde_aug_end.9-.Lkpatch.fde_aug.9
.Lkpatch.fde_aug.9:
.Lkpatch.fde_aug_end.9:
	.balign 8, 0
.Lkpatch.fde_end.9:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.notline:
	.string	"notline"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	notline
	.quad	.Lkpatch.old_end.notline - notline
	.quad	notline.kpatch
	.quad	.Lkpatch.new_end.notline - notline.kpatch
	.quad	.Lkpatch.name.notline
	.quad	0
	.popsection
	.section	.rodata
	.type	__PRETTY_FUNCTION__.0, @object
	.size	__PRETTY_FUNCTION__.0, 6
__PRETTY_FUNCTION__.0:
	.string	"check"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"line_only_nog.c"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC1.kpatch:
	.string	"x > 0"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC2.kpatch:
	.string	"too big"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC3.kpatch:
	.string	"big"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC4.kpatch:
	.string	"constant"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC5.kpatch:
	.string	"here"
	.popsection
