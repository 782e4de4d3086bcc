	.file	"const_alias_O3.c"
	.text
	.p2align 4
	.globl	init
	.type	init, @function
init:
.LFB0:
	.cfi_startproc
	movapd	.LC0(%rip), %xmm0
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE0:
	.size	init, .-init
	.p2align 4
	.globl	scale
	.type	scale, @function
scale:
.LFB1:
	.cfi_startproc
	mulsd	.LC1(%rip), %xmm0
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
.LFB1.kpatch:
.Lkpatch.cfi.0:
	mulsd	.LC1.kpatch(%rip), %xmm0
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
