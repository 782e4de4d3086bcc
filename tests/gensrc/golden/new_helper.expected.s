	.file	"new_helper.c"
	.text
	.p2align 4
	.globl	check
	.type	check, @function
check:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$63, %edi
	setle	%al
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.check:
	.size	check, .-check
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	check.kpatch
	.type	check.kpatch, @function
check.kpatch:
.LFB1.kpatch:
.Lkpatch.cfi.0:
	jmp	in_range
.Lkpatch.cfi.1:
.LFE1.kpatch:
.Lkpatch.new_end.check:
	.size	check.kpatch, .-check.kpatch
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
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.type	in_range, @function
in_range:
.LFB0.kpatch:
.Lkpatch.cfi.2:
	xorl	%eax, %eax
	cmpl	$63, %edi
	setbe	%al
	ret
.Lkpatch.cfi.3:
.LFE0.kpatch:
	.size	in_range, .-in_range
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
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.2
	.uleb128 .Lkpatch.fde_aug_end.2-.Lkpatch.fde_aug.2
.Lkpatch.fde_aug.2:
.Lkpatch.fde_aug_end.2:
	.balign 8, 0
.Lkpatch.fde_end.2:
	.popsection
