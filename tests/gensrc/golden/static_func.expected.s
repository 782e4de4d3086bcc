	.file	"static_func.c"
	.text
	.p2align 4
	.type	scale, @function
scale:
.LFB0:
	.cfi_startproc
	leal	(%rdi,%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.scale:
	.size	scale, .-scale
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.type	scale.kpatch, @function
scale.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	leal	(%rdi,%rdi,2), %eax
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
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
	.p2align 4
	.globl	apply
	.type	apply, @function
apply:
.LFB1:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	scale
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	addl	$1, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	apply, .-apply
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
