	.file	"line_only_shared.c"
	.text
.Ltext0:
	.file 0 "." "line_only_shared.c"
	.globl	fixed
	.type	fixed, @function
fixed:
.LVL0:
.LFB0:
	.file 1 "line_only_shared.c"
	.loc 1 7 1 view -0
	.cfi_startproc
	.loc 1 8 2 view .LVU1
	.loc 1 7 1 is_stmt 0 view .LVU2
	movl	%edi, %eax
	.loc 1 9 1 view .LVU3
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.fixed:
	.size	fixed, .-fixed
	.pushsection .kpatch.text,"ax",@progbits
	.globl	fixed.kpatch
	.type	fixed.kpatch, @function
fixed.kpatch:
.LVL0.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	xorl	%eax, %eax
	testl	%edi, %edi
	cmovns	%edi, %eax
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
	.globl	f1
	.type	f1, @function
f1:
.LVL1:
.LFB1:
	.loc 1 11 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 12 2 view .LVU5
	.loc 1 11 1 is_stmt 0 view .LVU6
	movl	%edi, %eax
	.loc 1 13 10 view .LVU7
	movl	$13, %edi
.LVL2:
	.loc 1 12 5 view .LVU8
	cmpl	$1, %eax
	je	.L6
	.loc 1 14 2 is_stmt 1 view .LVU9
	.loc 1 15 10 is_stmt 0 view .LVU10
	movl	$15, %edi
	.loc 1 14 5 view .LVU11
	cmpl	$2, %eax
	je	.L6
	.loc 1 16 2 is_stmt 1 view .LVU12
	.loc 1 16 5 is_stmt 0 view .LVU13
	cmpl	$3, %eax
	jne	.L5
	.loc 1 17 3 is_stmt 1 view .LVU14
	.loc 1 17 5 is_stmt 0 view .LVU15
	movl	$5, g(%rip)
	.loc 1 18 3 is_stmt 1 view .LVU16
	.loc 1 18 10 is_stmt 0 view .LVU17
	movl	$18, %edi
.L6:
	jmp	corrupt_error@PLT
.LVL3:
.L5:
	.loc 1 21 1 view .LVU18
	ret
	.cfi_endproc
.LFE1:
	.size	f1, .-f1
	.globl	f2
	.type	f2, @function
f2:
.LVL4:
.LFB2:
	.loc 1 23 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 24 2 view .LVU20
	.loc 1 25 2 view .LVU21
	.loc 1 23 1 is_stmt 0 view .LVU22
	pushq	%rcx
	.cfi_def_cfa_offset 16
	.loc 1 25 5 view .LVU23
	cmpl	$1, %edi
	jne	.L9
	.loc 1 26 3 is_stmt 1 view .LVU24
	.loc 1 26 8 is_stmt 0 view .LVU25
	movl	$26, %edi
.LVL5:
	.loc 1 26 8 view .LVU26
	jmp	.L14
.LVL6:
.L9:
	.loc 1 27 7 is_stmt 1 view .LVU27
	.loc 1 27 10 is_stmt 0 view .LVU28
	cmpl	$2, %esi
	jne	.L11
	.loc 1 28 3 is_stmt 1 view .LVU29
	.loc 1 28 8 is_stmt 0 view .LVU30
	movl	$28, %edi
.LVL7:
	.loc 1 28 8 view .LVU31
	jmp	.L14
.LVL8:
.L11:
	.loc 1 29 7 is_stmt 1 view .LVU32
	.loc 1 29 13 is_stmt 0 view .LVU33
	addl	%esi, %edi
.LVL9:
	.loc 1 24 6 view .LVU34
	xorl	%eax, %eax
	.loc 1 29 10 view .LVU35
	cmpl	$7, %edi
	jne	.L10
	.loc 1 30 3 is_stmt 1 view .LVU36
	.loc 1 30 8 is_stmt 0 view .LVU37
	movl	$30, %edi
.L14:
	.loc 1 30 8 view .LVU38
	call	corrupt_error@PLT
.LVL10:
.L10:
	.loc 1 31 2 is_stmt 1 view .LVU39
	.loc 1 31 12 is_stmt 0 view .LVU40
	incl	%eax
.LVL11:
	.loc 1 32 1 view .LVU41
	popq	%rdx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE2:
	.size	f2, .-f2
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x11d
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x3
	.long	.LASF2
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x4
	.string	"g"
	.byte	0x1
	.byte	0x4
	.byte	0xc
	.long	0x38
	.uleb128 0x5
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x6
	.long	.LASF3
	.byte	0x1
	.byte	0x3
	.byte	0x5
	.long	0x38
	.long	0x55
	.uleb128 0x7
	.long	0x38
	.byte	0
	.uleb128 0x2
	.string	"f2"
	.byte	0x16
	.long	0x38
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0xb7
	.uleb128 0x1
	.string	"x"
	.byte	0x16
	.byte	0xc
	.long	0x38
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1
	.string	"y"
	.byte	0x16
	.byte	0x13
	.long	0x38
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x8
	.string	"rc"
	.byte	0x1
	.byte	0x18
	.byte	0x6
	.long	0x38
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x9
	.quad	.LVL10
	.long	0x3f
	.byte	0
	.uleb128 0x2
	.string	"f1"
	.byte	0xa
	.long	0x38
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0xf5
	.uleb128 0x1
	.string	"x"
	.byte	0xa
	.byte	0xc
	.long	0x38
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0xa
	.quad	.LVL3
	.long	0x3f
	.byte	0
	.uleb128 0xb
	.long	.LASF4
	.byte	0x1
	.byte	0x6
	.byte	0x5
	.long	0x38
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0xc
	.string	"x"
	.byte	0x1
	.byte	0x6
	.byte	0xf
	.long	0x38
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 5
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
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0x34
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x34
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
	.uleb128 0x9
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
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
	.uleb128 0xc
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
.LVUS1:
	.uleb128 0
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 .LVU32
	.uleb128 .LVU32
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x55
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
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL10-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL10-1-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU21
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU41
	.uleb128 .LVU41
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL3-1-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x1
	.byte	0x50
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
.LASF2:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -Os -fasynchronous-unwind-tables"
.LASF4:
	.string	"fixed"
.LASF3:
	.string	"corrupt_error"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"line_only_shared.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
