	.file	"line_only_off.c"
	.text
.Ltext0:
	.file 0 "." "line_only_off.c"
	.p2align 4
	.globl	fixed
	.type	fixed, @function
fixed:
.LVL0:
.LFB0:
	.file 1 "line_only_off.c"
	.loc 1 9 1 view -0
	.cfi_startproc
	.loc 1 10 2 view .LVU1
	.loc 1 10 11 is_stmt 0 view .LVU2
	leal	1(%rdi), %eax
	.loc 1 11 1 view .LVU3
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
.LVL0.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	testl	%edi, %edi
	movl	$-1, %eax
	cmovs	%eax, %edi
.LVL1.kpatch:
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
	.string	"line_only_off.c"
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
.LVL1:
.LFB1:
	.loc 1 14 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 15 2 view .LVU5
	.loc 1 14 1 is_stmt 0 view .LVU6
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	.loc 1 15 2 view .LVU7
	testl	%edi, %edi
	jle	.L9
	movl	%edi, %ebx
	.loc 1 16 2 is_stmt 1 view .LVU8
	.loc 1 16 5 is_stmt 0 view .LVU9
	cmpl	$100, %edi
	jg	.L10
	.loc 1 20 2 is_stmt 1 view .LVU10
	.loc 1 20 5 is_stmt 0 view .LVU11
	cmpl	$50, %edi
	jg	.L11
.LVL2:
.L7:
	.loc 1 22 2 is_stmt 1 view .LVU12
	.loc 1 22 11 is_stmt 0 view .LVU13
	leal	(%rbx,%rbx), %eax
	.loc 1 23 1 view .LVU14
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL3:
	.loc 1 23 1 view .LVU15
	ret
.LVL4:
	.p2align 4,,10
	.p2align 3
.L11:
	.cfi_restore_state
	.loc 1 21 3 is_stmt 1 view .LVU16
	leaq	.LC3(%rip), %rdx
	movl	$21, %esi
	leaq	.LC0(%rip), %rdi
	call	report@PLT
.LVL5:
	jmp	.L7
.L10:
	.loc 1 17 3 view .LVU17
	leaq	.LC2(%rip), %rdx
	movl	$17, %esi
	leaq	.LC0(%rip), %rdi
	call	report@PLT
.LVL6:
	.loc 1 18 3 view .LVU18
	.loc 1 18 10 is_stmt 0 view .LVU19
	movl	$-1, %eax
	.loc 1 23 1 view .LVU20
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL7:
	.loc 1 23 1 view .LVU21
	ret
.LVL8:
.L9:
	.cfi_restore_state
	.loc 1 15 2 is_stmt 1 discriminator 1 view .LVU22
	leaq	__PRETTY_FUNCTION__.0(%rip), %rcx
	movl	$15, %edx
	leaq	.LC0(%rip), %rsi
	leaq	.LC1(%rip), %rdi
.LVL9:
	.loc 1 15 2 is_stmt 0 discriminator 1 view .LVU23
	call	__assert_fail@PLT
.LVL10:
	.cfi_endproc
.LFE1:
.Lkpatch.old_end.check:
	.size	check, .-check
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	check.kpatch
	.type	check.kpatch, @function
check.kpatch:
.LVL2.kpatch:
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
.LVL3.kpatch:
.L7.kpatch:
	leal	(%rbx,%rbx), %eax
	popq	%rbx
.Lkpatch.cfi.4:
.LVL4.kpatch:
	ret
.LVL5.kpatch:
	.p2align 4,,10
	.p2align 3
.L11.kpatch:
.Lkpatch.cfi.5:
	leaq	.LC3.kpatch(%rip), %rdx
	movl	$23, %esi
	leaq	.LC0.kpatch(%rip), %rdi
	call	report@PLT
.LVL6.kpatch:
	jmp	.L7.kpatch
.L10.kpatch:
	leaq	.LC2.kpatch(%rip), %rdx
	movl	$19, %esi
	leaq	.LC0.kpatch(%rip), %rdi
	call	report@PLT
.LVL7.kpatch:
	movl	$-1, %eax
	popq	%rbx
.Lkpatch.cfi.6:
.LVL8.kpatch:
	ret
.LVL9.kpatch:
.L9.kpatch:
.Lkpatch.cfi.7:
	leaq	__PRETTY_FUNCTION__.0(%rip), %rcx
	movl	$17, %edx
	leaq	.LC0.kpatch(%rip), %rsi
	leaq	.LC1.kpatch(%rip), %rdi
.LVL10.kpatch:
	call	__assert_fail@PLT
.LVL11.kpatch:
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
	.loc 1 26 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 27 2 view .LVU25
	leaq	.LC4(%rip), %rdx
	movl	$40, %esi
	leaq	.LC5(%rip), %rdi
	jmp	report@PLT
.LVL11:
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
.LVL12.kpatch:
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
	.text
.Letext0:
	.file 2 "/usr/include/assert.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x200
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x6
	.long	.LASF7
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x7
	.long	.LASF8
	.byte	0x1
	.byte	0x5
	.byte	0x6
	.long	0x4a
	.uleb128 0x2
	.long	0x4a
	.uleb128 0x2
	.long	0x5c
	.uleb128 0x2
	.long	0x4a
	.byte	0
	.uleb128 0x8
	.byte	0x8
	.long	0x57
	.uleb128 0x3
	.byte	0x1
	.byte	0x6
	.long	.LASF2
	.uleb128 0x4
	.long	0x50
	.uleb128 0x9
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xa
	.long	.LASF9
	.byte	0x2
	.byte	0x45
	.byte	0xd
	.long	0x84
	.uleb128 0x2
	.long	0x4a
	.uleb128 0x2
	.long	0x4a
	.uleb128 0x2
	.long	0x84
	.uleb128 0x2
	.long	0x4a
	.byte	0
	.uleb128 0x3
	.byte	0x4
	.byte	0x7
	.long	.LASF3
	.uleb128 0xb
	.long	.LASF5
	.byte	0x1
	.byte	0x19
	.byte	0x6
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0xd8
	.uleb128 0xc
	.quad	.LVL11
	.long	0x2e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x28
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC4
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF10
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.long	0x5c
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x1bc
	.uleb128 0xe
	.string	"x"
	.byte	0x1
	.byte	0xd
	.byte	0xf
	.long	0x5c
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0xf
	.long	.LASF11
	.long	0x1cc
	.uleb128 0x9
	.byte	0x3
	.quad	__PRETTY_FUNCTION__.0
	.uleb128 0x5
	.quad	.LVL5
	.long	0x2e
	.long	0x150
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x45
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC3
	.byte	0
	.uleb128 0x5
	.quad	.LVL6
	.long	0x2e
	.long	0x181
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x41
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC2
	.byte	0
	.uleb128 0x10
	.quad	.LVL10
	.long	0x63
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x9
	.byte	0x3
	.quad	__PRETTY_FUNCTION__.0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	0x57
	.long	0x1cc
	.uleb128 0x12
	.long	0x1d1
	.byte	0x5
	.byte	0
	.uleb128 0x4
	.long	0x1bc
	.uleb128 0x3
	.byte	0x8
	.byte	0x7
	.long	.LASF4
	.uleb128 0x13
	.long	.LASF6
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.long	0x5c
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x14
	.string	"x"
	.byte	0x1
	.byte	0x8
	.byte	0xf
	.long	0x5c
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x87
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x34
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.Ldebug_loc0:
.LVUS0:
	.uleb128 0
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU15
	.uleb128 .LVU15
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 .LVU22
	.uleb128 .LVU22
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x2c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.quad	0
	.quad	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF3:
	.string	"unsigned int"
.LASF4:
	.string	"long unsigned int"
.LASF5:
	.string	"notline"
.LASF6:
	.string	"fixed"
.LASF11:
	.string	"__PRETTY_FUNCTION__"
.LASF10:
	.string	"check"
.LASF8:
	.string	"report"
.LASF7:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -fasynchronous-unwind-tables"
.LASF9:
	.string	"__assert_fail"
.LASF2:
	.string	"char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"line_only_off.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"line_only_off.c"
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
