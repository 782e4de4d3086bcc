	.file	"line_only_inlined_Os.c"
	.text
.Ltext0:
	.file 0 "." "line_only_inlined_Os.c"
	.globl	fixed
	.type	fixed, @function
fixed:
.LVL0:
.LFB1:
	.file 1 "line_only_inlined_Os.c"
	.loc 1 11 1 view -0
	.cfi_startproc
	.loc 1 12 2 view .LVU1
	.loc 1 11 1 is_stmt 0 view .LVU2
	movl	%edi, %eax
	.loc 1 13 1 view .LVU3
	ret
	.cfi_endproc
.LFE1:
.Lkpatch.old_end.fixed:
	.size	fixed, .-fixed
	.pushsection .kpatch.text,"ax",@progbits
	.globl	fixed.kpatch
	.type	fixed.kpatch, @function
fixed.kpatch:
.LVL0.kpatch:
.LFB1.kpatch:
.Lkpatch.cfi.0:
	xorl	%eax, %eax
	testl	%edi, %edi
	cmovns	%edi, %eax
	ret
.Lkpatch.cfi.1:
.LFE1.kpatch:
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
	.string	"abc"
.LC1:
	.string	"database corruption"
.LC2:
	.string	"%s at line %d of [%.10s]"
	.text
	.globl	pageCheck
	.type	pageCheck, @function
pageCheck:
.LVL1:
.LFB2:
	.loc 1 15 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 16 2 view .LVU5
	.loc 1 15 1 is_stmt 0 view .LVU6
	pushq	%rcx
	.cfi_def_cfa_offset 16
	.loc 1 16 5 view .LVU7
	testl	%edi, %edi
	jns	.L3
	.loc 1 17 3 is_stmt 1 view .LVU8
.LVL2:
.LBB6:
.LBI6:
	.loc 1 4 12 view .LVU9
.LBB7:
	.loc 1 6 2 view .LVU10
	leaq	.LC0(%rip), %r8
	movl	$17, %ecx
.LVL3:
.L8:
	.loc 1 6 2 is_stmt 0 view .LVU11
	xorl	%eax, %eax
	leaq	.LC1(%rip), %rdx
	movl	$11, %edi
.LVL4:
	.loc 1 6 2 view .LVU12
	leaq	.LC2(%rip), %rsi
.LVL5:
	.loc 1 6 2 view .LVU13
	call	sqlite3_log@PLT
.LVL6:
	.loc 1 7 2 is_stmt 1 view .LVU14
.LBE7:
.LBE6:
	.loc 1 17 10 is_stmt 0 view .LVU15
	movl	$11, %eax
	jmp	.L2
.LVL7:
.L3:
	.loc 1 18 2 is_stmt 1 view .LVU16
	.loc 1 20 11 is_stmt 0 view .LVU17
	leal	(%rdi,%rsi), %eax
.LBB8:
.LBB9:
	.loc 1 6 2 view .LVU18
	leaq	.LC0(%rip), %r8
	movl	$19, %ecx
.LBE9:
.LBE8:
	.loc 1 18 5 view .LVU19
	cmpl	%esi, %edi
	jl	.L8
.LVL8:
.L2:
	.loc 1 21 1 view .LVU20
	popq	%rdx
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE2:
	.size	pageCheck, .-pageCheck
	.globl	other
	.type	other, @function
other:
.LVL9:
.LFB3:
	.loc 1 23 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 24 2 view .LVU22
	.loc 1 26 9 is_stmt 0 view .LVU23
	xorl	%eax, %eax
	.loc 1 24 5 view .LVU24
	cmpl	$3, %edi
	jne	.L14
	.loc 1 25 3 is_stmt 1 view .LVU25
.LVL10:
.LBB12:
.LBI12:
	.loc 1 4 12 view .LVU26
.LBB13:
	.loc 1 6 2 view .LVU27
.LBE13:
.LBE12:
	.loc 1 23 1 is_stmt 0 view .LVU28
	pushq	%rdx
	.cfi_def_cfa_offset 16
.LBB15:
.LBB14:
	.loc 1 6 2 view .LVU29
	movl	$25, %ecx
	leaq	.LC0(%rip), %r8
	leaq	.LC1(%rip), %rdx
	leaq	.LC2(%rip), %rsi
	movl	$11, %edi
.LVL11:
	.loc 1 6 2 view .LVU30
	call	sqlite3_log@PLT
.LVL12:
	.loc 1 7 2 is_stmt 1 view .LVU31
	.loc 1 7 2 is_stmt 0 view .LVU32
.LBE14:
.LBE15:
	.loc 1 25 10 view .LVU33
	movl	$11, %eax
	.loc 1 27 1 view .LVU34
	popq	%rcx
	.cfi_def_cfa_offset 8
	ret
.LVL13:
.L14:
	.loc 1 27 1 view .LVU35
	ret
	.cfi_endproc
.LFE3:
	.size	other, .-other
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x1f8
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x7
	.long	.LASF6
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x8
	.long	.LASF7
	.byte	0x1
	.byte	0x3
	.byte	0x6
	.long	0x46
	.uleb128 0x4
	.long	0x46
	.uleb128 0x4
	.long	0x4d
	.uleb128 0x9
	.byte	0
	.uleb128 0xa
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xb
	.byte	0x8
	.long	0x5a
	.uleb128 0xc
	.byte	0x1
	.byte	0x6
	.long	.LASF2
	.uleb128 0xd
	.long	0x53
	.uleb128 0x2
	.long	.LASF3
	.byte	0x16
	.long	0x46
	.quad	.LFB3
	.quad	.LFE3-.LFB3
	.uleb128 0x1
	.byte	0x9c
	.long	0xf3
	.uleb128 0x3
	.string	"a"
	.byte	0x16
	.byte	0xf
	.long	0x46
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0xe
	.long	0x1e1
	.quad	.LBI12
	.byte	.LVU26
	.long	.LLRL4
	.byte	0x1
	.byte	0x19
	.byte	0xa
	.uleb128 0x5
	.long	0x1ee
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x6
	.quad	.LVL12
	.long	0x2e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x3b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x1
	.byte	0x49
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x9
	.byte	0x3
	.quad	.LC0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x2
	.long	.LASF4
	.byte	0xe
	.long	0x46
	.quad	.LFB2
	.quad	.LFE2-.LFB2
	.uleb128 0x1
	.byte	0x9c
	.long	0x1b4
	.uleb128 0x3
	.string	"a"
	.byte	0xe
	.byte	0x13
	.long	0x46
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x3
	.string	"b"
	.byte	0xe
	.byte	0x1a
	.long	0x46
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0xf
	.long	0x1e1
	.quad	.LBI6
	.byte	.LVU9
	.quad	.LBB6
	.quad	.LBE6-.LBB6
	.byte	0x1
	.byte	0x11
	.byte	0xa
	.long	0x195
	.uleb128 0x5
	.long	0x1ee
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x6
	.quad	.LVL6
	.long	0x2e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x3b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC1
	.byte	0
	.byte	0
	.uleb128 0x10
	.long	0x1e1
	.quad	.LBB8
	.quad	.LBE8-.LBB8
	.byte	0x1
	.byte	0x13
	.byte	0xa
	.uleb128 0x11
	.long	0x1ee
	.byte	0
	.byte	0
	.uleb128 0x2
	.long	.LASF5
	.byte	0xa
	.long	0x46
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x1e1
	.uleb128 0x12
	.string	"x"
	.byte	0x1
	.byte	0xa
	.byte	0xf
	.long	0x46
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x13
	.long	.LASF8
	.byte	0x1
	.byte	0x4
	.byte	0xc
	.long	0x46
	.byte	0x1
	.uleb128 0x14
	.long	.LASF9
	.byte	0x1
	.byte	0x4
	.byte	0x1d
	.long	0x46
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
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
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
	.uleb128 0x4
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
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
	.uleb128 0x20
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
.LVUS3:
	.uleb128 0
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU35
	.uleb128 .LVU35
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE3-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS5:
	.uleb128 .LVU26
	.uleb128 .LVU32
.LLST5:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x2
	.byte	0x49
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU12
	.uleb128 .LVU12
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 .LVU20
	.uleb128 .LVU20
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU9
	.uleb128 .LVU11
.LLST2:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x2
	.byte	0x41
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
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.long	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.LLRL4:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF9:
	.string	"lineno"
.LASF4:
	.string	"pageCheck"
.LASF6:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -Os -fasynchronous-unwind-tables"
.LASF8:
	.string	"corruptError"
.LASF5:
	.string	"fixed"
.LASF3:
	.string	"other"
.LASF7:
	.string	"sqlite3_log"
.LASF2:
	.string	"char"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"line_only_inlined_Os.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
