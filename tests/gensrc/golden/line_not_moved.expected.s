	.file	"line_not_moved.c"
	.text
.Ltext0:
	.file 0 "." "line_not_moved.c"
	.p2align 4
	.globl	step
	.type	step, @function
step:
.LVL0:
.LFB0:
	.file 1 "line_not_moved.c"
	.loc 1 6 1 view -0
	.cfi_startproc
	.loc 1 7 2 view .LVU1
	.loc 1 7 5 is_stmt 0 view .LVU2
	testl	%edi, %edi
	jne	.L11
	.loc 1 9 2 is_stmt 1 view .LVU3
	movl	$9, %edi
.LVL1:
	.loc 1 9 2 is_stmt 0 view .LVU4
	jmp	report@PLT
.LVL2:
	.p2align 4,,10
	.p2align 3
.L11:
	.loc 1 8 3 is_stmt 1 view .LVU5
	.loc 1 6 1 is_stmt 0 view .LVU6
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	.loc 1 8 3 view .LVU7
	movl	$8, %edi
.LVL3:
	.loc 1 8 3 view .LVU8
	call	report@PLT
.LVL4:
	.loc 1 9 2 is_stmt 1 view .LVU9
	movl	$9, %edi
	.loc 1 10 1 is_stmt 0 view .LVU10
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	.loc 1 9 2 view .LVU11
	jmp	report@PLT
.LVL5:
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.step:
	.size	step, .-step
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	step.kpatch
	.type	step.kpatch, @function
step.kpatch:
.LVL0.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	testl	%edi, %edi
	jne	.L11.kpatch
	movl	$9, %edi
.LVL1.kpatch:
	jmp	report@PLT
.LVL2.kpatch:
	.p2align 4,,10
	.p2align 3
.L11.kpatch:
	subq	$8, %rsp
.Lkpatch.cfi.1:
	movl	$9, %edi
.LVL3.kpatch:
	call	report@PLT
.LVL4.kpatch:
	movl	$9, %edi
	addq	$8, %rsp
.Lkpatch.cfi.2:
	jmp	report@PLT
.LVL5.kpatch:
.Lkpatch.cfi.3:
.LFE0.kpatch:
.Lkpatch.new_end.step:
	.size	step.kpatch, .-step.kpatch
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
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.byte	0x4
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.byte	0xe
	.uleb128 16
	.byte	0x4
	.long	.Lkpatch.cfi.2-.Lkpatch.cfi.1
	.byte	0xe
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.0:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.step:
	.string	"step"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	step
	.quad	.Lkpatch.old_end.step - step
	.quad	step.kpatch
	.quad	.Lkpatch.new_end.step - step.kpatch
	.quad	.Lkpatch.name.step
	.quad	0
	.popsection
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0xb2
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x2
	.long	.LASF2
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x3
	.long	.LASF3
	.byte	0x1
	.byte	0x3
	.byte	0x6
	.long	0x40
	.uleb128 0x4
	.long	0x40
	.byte	0
	.uleb128 0x5
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x6
	.long	.LASF4
	.byte	0x1
	.byte	0x5
	.byte	0x6
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x7
	.string	"x"
	.byte	0x1
	.byte	0x5
	.byte	0xf
	.long	0x40
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x8
	.quad	.LVL2
	.long	0x2e
	.long	0x8a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x39
	.byte	0
	.uleb128 0x9
	.quad	.LVL4
	.long	0x2e
	.long	0xa1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x38
	.byte	0
	.uleb128 0xa
	.quad	.LVL5
	.long	0x2e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x39
	.byte	0
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
	.uleb128 0x3
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
	.uleb128 0x4
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x7
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
	.uleb128 0x8
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LFE0-.Ltext0
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
	.string	"report"
.LASF4:
	.string	"step"
.LASF2:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -fasynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"."
.LASF0:
	.string	"line_not_moved.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
