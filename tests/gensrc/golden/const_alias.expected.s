	.file	"const_alias.c"
	.text
.Ltext0:
	.file 0 "." "const_alias.c"
	.p2align 4
	.globl	init
	.type	init, @function
init:
.LVL0:
.LFB0:
	.file 1 "const_alias.c"
	.loc 1 8 1 view -0
	.cfi_startproc
	.loc 1 9 2 view .LVU1
	.loc 1 10 2 view .LVU2
	.loc 1 9 7 is_stmt 0 view .LVU3
	movapd	.LC0(%rip), %xmm0
	movups	%xmm0, (%rdi)
	.loc 1 11 1 view .LVU4
	ret
	.cfi_endproc
.LFE0:
	.size	init, .-init
	.p2align 4
	.globl	scale
	.type	scale, @function
scale:
.LVL1:
.LFB1:
	.loc 1 14 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 15 2 view .LVU6
	.loc 1 15 11 is_stmt 0 view .LVU7
	mulsd	.LC1(%rip), %xmm0
.LVL2:
	.loc 1 16 1 view .LVU8
	ret
	.cfi_endproc
.LFE1:
.Lkpatch.old_end.scale:
	.size	scale, .-scale
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	scale.kpatch
	.type	scale.kpatch, @function
scale.kpatch:
.LVL1.kpatch:
.LFB1.kpatch:
.Lkpatch.cfi.0:
	mulsd	.LC1.kpatch(%rip), %xmm0
.LVL2.kpatch:
	addsd	.LC2.kpatch(%rip), %xmm0
	ret
.Lkpatch.cfi.1:
.LFE1.kpatch:
.Lkpatch.new_end.scale:
	.size	scale.kpatch, .-scale.kpatch
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
.Lkpatch.name.scale:
	.string	"scale"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	scale
	.quad	.Lkpatch.old_end.scale - scale
	.quad	scale.kpatch
	.quad	.Lkpatch.new_end.scale - scale.kpatch
	.quad	.Lkpatch.name.scale
	.quad	0
	.popsection
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1073217536
	.long	0
	.long	1074003968
	.set	.LC1,.LC0+8
	.text
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0xb7
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
	.byte	0x8
	.byte	0x4
	.long	.LASF3
	.uleb128 0x4
	.string	"pt"
	.byte	0x10
	.byte	0x1
	.byte	0x3
	.byte	0x8
	.long	0x54
	.uleb128 0x1
	.string	"x"
	.byte	0x9
	.long	0x2e
	.byte	0
	.uleb128 0x1
	.string	"y"
	.byte	0xc
	.long	0x2e
	.byte	0x8
	.byte	0
	.uleb128 0x5
	.long	.LASF4
	.byte	0x1
	.byte	0xd
	.byte	0x8
	.long	0x2e
	.quad	.LFB1
	.quad	.LFE1-.LFB1
	.uleb128 0x1
	.byte	0x9c
	.long	0x89
	.uleb128 0x6
	.string	"v"
	.byte	0x1
	.byte	0xd
	.byte	0x15
	.long	0x2e
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.uleb128 0x7
	.long	.LASF5
	.byte	0x1
	.byte	0x7
	.byte	0x6
	.quad	.LFB0
	.quad	.LFE0-.LFB0
	.uleb128 0x1
	.byte	0x9c
	.long	0xb4
	.uleb128 0x8
	.string	"p"
	.byte	0x1
	.byte	0x7
	.byte	0x16
	.long	0xb4
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x9
	.byte	0x8
	.long	0x35
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
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
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
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
.LVUS0:
	.uleb128 0
	.uleb128 .LVU8
	.uleb128 .LVU8
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x61
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LFE1-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x11
	.uleb128 0x2e
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
	.string	"double"
.LASF4:
	.string	"scale"
.LASF5:
	.string	"init"
.LASF2:
	.string	"GNU C17 12.2.0 -mtune=generic -march=x86-64 -g -O2 -fasynchronous-unwind-tables"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"const_alias.c"
.LASF1:
	.string	"."
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
	.set	.LC1.kpatch,.LC0.kpatch+8
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
	.align 8
.LC2.kpatch:
	.long	0
	.long	1072693248
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
	.align 16
.LC0.kpatch:
	.long	0
	.long	1073217536
	.long	0
	.long	1074003968
	.popsection
