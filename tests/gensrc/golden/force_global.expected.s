	.file	"force_global.c"
	.text
	.p2align 4
	.type	twice, @function
twice:
.LFB0:
	.cfi_startproc
	leal	(%rdi,%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.twice:
	.size	twice, .-twice
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	twice.kpatch
	.type	twice.kpatch, @function
twice.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	xorl	%eax, %eax
	cmpl	$1000, %edi
	setg	%al
	leal	(%rax,%rdi,2), %eax
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.twice:
	.size	twice.kpatch, .-twice.kpatch
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
.Lkpatch.name.twice:
	.string	"twice"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	twice
	.quad	.Lkpatch.old_end.twice - twice
	.quad	twice.kpatch
	.quad	.Lkpatch.new_end.twice - twice.kpatch
	.quad	.Lkpatch.name.twice
	.quad	0
	.popsection
	.p2align 4
	.globl	use
	.type	use, @function
use:
.LFB1:
	.cfi_startproc
	jmp	twice
	.cfi_endproc
.LFE1:
	.size	use, .-use
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
