	.file	"line_only_O0.c"
	.text
.Ltext0:
	.file 0 "." "line_only_O0.c"
	.globl	fixed
	.type	fixed, @function
fixed:
.LFB0:
	.file 1 "line_only_O0.c"
	.loc 1 9 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, -4(%rbp)
	.loc 1 10 11
	movl	-4(%rbp), %eax
	addl	$1, %eax
	.loc 1 11 1
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.fixed:
	.size	fixed, .-fixed
	.pushsection .kpatch.text,"ax",@progbits
	.globl	fixed.kpatch
	.type	fixed.kpatch, @function
fixed.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	pushq	%rbp
.Lkpatch.cfi.1:
	movq	%rsp, %rbp
.Lkpatch.cfi.2:
	movl	%edi, -4(%rbp)
	cmpl	$0, -4(%rbp)
	jns	.L2.kpatch
	movl	$0, %eax
	jmp	.L3.kpatch
.L2.kpatch:
	movl	-4(%rbp), %eax
	addl	$1, %eax
.L3.kpatch:
	popq	%rbp
.Lkpatch.cfi.3:
	ret
.Lkpatch.cfi.4:
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
	.section	.rodata
.LC0:
	.string	"line_only_O0.c"
.LC1:
	.string	"x > 0"
.LC2:
	.string	"too big"
.LC3:
	.string	"big"
	.text
	.globl	check
	.type	check, @function
check:
.LFB1:
	.loc 1 14 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	.loc 1 15 2
	cmpl	$0, -4(%rbp)
	jg	.L4
	.loc 1 15 2 is_stmt 0 discriminator 1
	leaq	__PRETTY_FUNCTION__.0(%rip), %rax
	movq	%rax, %rcx
	movl	$15, %edx
	leaq	.LC0(%rip), %rax
	movq	%rax, %rsi
	leaq	.LC1(%rip), %rax
	movq	%rax, %rdi
	call	__assert_fail@PLT
.L4:
	.loc 1 16 5 is_stmt 1
	cmpl	$100, -4(%rbp)
	jle	.L5
	.loc 1 17 3
	leaq	.LC2(%rip), %rax
	movq	%rax, %rdx
	movl	$17, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	call	report@PLT
	.loc 1 18 10
	movl	$-1, %eax
	jmp	.L6
.L5:
	.loc 1 20 5
	cmpl	$50, -4(%rbp)
	jle	.L7
	.loc 1 21 3
	leaq	.LC3(%rip), %rax
	movq	%rax, %rdx
	movl	$21, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	call	report@PLT
.L7:
	.loc 1 22 11
	movl	-4(%rbp), %eax
	addl	%eax, %eax
.L6:
	.loc 1 23 1
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	check, .-check
	.section	.rodata
.LC4:
	.string	"constant"
.LC5:
	.string	"here"
	.text
	.globl	notline
	.type	notline, @function
notline:
.LFB2:
	.loc 1 26 1
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	.loc 1 27 2
	leaq	.LC4(%rip), %rax
	movq	%rax, %rdx
	movl	$40, %esi
	leaq	.LC5(%rip), %rax
	movq	%rax, %rdi
	call	report@PLT
	.loc 1 28 1
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
.Lkpatch.old_end.notline:
	.size	notline, .-notline
	.pushsection .kpatch.text,"ax",@progbits
	.globl	notline.kpatch
	.type	notline.kpatch, @function
notline.kpatch:
.LFB2.kpatch:
.Lkpatch.cfi.5:
	pushq	%rbp
.Lkpatch.cfi.6:
	movq	%rsp, %rbp
.Lkpatch.cfi.7:
	leaq	.LC4.kpatch(%rip), %rax
	movq	%rax, %rdx
	movl	$41, %esi
	leaq	.LC5.kpatch(%rip), %rax
	movq	%rax, %rdi
	call	report@PLT
	nop
	popq	%rbp
.Lkpatch.cfi.8:
	ret
.Lkpatch.cfi.9:
.LFE2.kpatch:
.Lkpatch.new_end.notline:
	.size	notline.kpatch, .-notline.kpatch
	.section .kpatch.eh_frame,"a",@progbits
	.balign 8, 0
.Lkpatch.cie.5:
	.long	.Lkpatch.cie_end.5-.Lkpatch.cie.5-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.5-.Lkpatch.cie_aug.5
.Lkpatch.cie_aug.5:
	.byte	0x1b
.Lkpatch.cie_aug_end.5:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.5:
.Lkpatch.fde.5:
	.long	.Lkpatch.fde_end.5-.Lkpatch.fde.5-4
	.long	.-.Lkpatch.cie.5
	.long	.Lkpatch.cfi.5-.
	.long	.Lkpatch.cfi.9-.Lkpatch.cfi.5
	.uleb128 .Lkpatch.fde_aug_end.5-.Lkpatch.fde_aug.5
.Lkpatch.fde_aug.5:
.Lkpatch.fde_aug_end.5:
	.byte	0x4
	.long	.Lkpatch.cfi.6-.Lkpatch.cfi.5
	.byte	0xe
	.uleb128 16
	.byte	0x86
	.uleb128 2
	.byte	0x4
	.long	.Lkpatch.cfi.7-.Lkpatch.cfi.6
	.byte	0xd
	.uleb128 6
	.byte	0x4
	.long	.Lkpatch.cfi.8-.Lkpatch.cfi.7
	.byte	0xc
	.uleb128 7
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.5:
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
	.long	0x129
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x5
	.long	.LASF5
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x6
	.long	.LASF6
	.byte	0x1
	.byte	0x5
	.byte	0x6
	.long	0x4a
	.uleb128 0x1
	.long	0x4a
	.uleb128 0x1
	.long	0x5c
	.uleb128 0x1
	.long	0x4a
	.byte	0
	.uleb128 0x7
	.byte	0x8
	.long	0x57
	.uleb128 0x2
	.byte	0x1
	.byte	0x6
	.long	.LASF2
	.uleb128 0x3
	.long	0x50
	.uleb128 0x8
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x9
	.long	.LASF7
	.byte	0x2
	.byte	0x45
	.byte	0xd
	.long	0x84
	.uleb128 0x1
	.long	0x4a
	.uleb128 0x1
	.long	0x4a
	.uleb128 0x1
	.long	0x84
	.uleb128 0x1
	.long	0x4a
	.byte	0
	.uleb128 0x2
	.byte	0x4
	.byte	0x7
	.long	.LASF3
	.uleb128 0xa
	.long	.LASF8
	.byte	0x1
	.byte	0x19
	.byte	0x6
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xb
	.long	.LASF9
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.long	0x5c
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0xe6
	.uleb128 0x4
	.string	"x"
	.byte	0xd
	.long	0x5c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.uleb128 0xc
	.long	.LASF10
	.long	0xf6
	.uleb128 0x9
	.byte	0x3
	.quad	__PRETTY_FUNCTION__.0
	.byte	0
	.uleb128 0xd
	.long	0x57
	.long	0xf6
	.uleb128 0xe
	.long	0xfb
	.byte	0x5
	.byte	0
	.uleb128 0x3
	.long	0xe6
	.uleb128 0x2
	.byte	0x8
	.byte	0x7
	.long	.LASF4
	.uleb128 0xf
	.long	.LASF11
	.byte	0x1
	.byte	0x8
	.byte	0x5
	.long	0x5c
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x4
	.string	"x"
	.byte	0x8
	.long	0x5c
	.uleb128 0x2
	.byte	0x91
	.sleb128 -20
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2
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
	.uleb128 0x3
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 15
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
	.uleb128 0x2e
	.byte	0
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
	.uleb128 0x7c
	.uleb128 0x19
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
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.byte	0
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
.LASF11:
	.string	"fixed"
.LASF10:
	.string	"__PRETTY_FUNCTION__"
.LASF9:
	.string	"check"
.LASF6:
	.string	"report"
.LASF8:
	.string	"notline"
.LASF5:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O0 -fasynchronous-unwind-tables"
.LASF7:
	.string	"__assert_fail"
.LASF2:
	.string	"char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"line_only_O0.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC4.kpatch:
	.string	"constant"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC5.kpatch:
	.string	"here"
	.popsection
