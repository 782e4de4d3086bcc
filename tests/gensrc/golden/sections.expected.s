	.file	"sections.c"
	.text
	.section	.text.clamp,"ax",@progbits
	.p2align 4
	.globl	clamp
	.type	clamp, @function
clamp:
.LFB0:
	.cfi_startproc
	movl	limit(%rip), %eax
	cmpl	%eax, %edi
	cmovle	%edi, %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.clamp:
	.size	clamp, .-clamp
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	clamp.kpatch
	.type	clamp.kpatch, @function
clamp.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	movl	limit(%rip), %edx
	movl	%edi, %eax
	leal	-1(%rdx), %ecx
	cmpl	%edi, %edx
	cmovle	%ecx, %eax
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.clamp:
	.size	clamp.kpatch, .-clamp.kpatch
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
.Lkpatch.name.clamp:
	.string	"clamp"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	clamp
	.quad	.Lkpatch.old_end.clamp - clamp
	.quad	clamp.kpatch
	.quad	.Lkpatch.new_end.clamp - clamp.kpatch
	.quad	.Lkpatch.name.clamp
	.quad	0
	.popsection
	.section	.text.pick,"ax",@progbits
	.p2align 4
	.globl	pick
	.type	pick, @function
pick:
.LFB1:
	.cfi_startproc
	andl	$3, %edi
	leaq	table(%rip), %rax
	movl	(%rax,%rdi,4), %eax
	ret
	.cfi_endproc
.LFE1:
	.size	pick, .-pick
	.section	.rodata.table,"a"
	.align 16
	.type	table, @object
	.size	table, 16
table:
	.long	1
	.long	2
	.long	3
	.long	4
	.globl	limit
	.section	.data.limit,"aw"
	.align 4
	.type	limit, @object
	.size	limit, 4
limit:
	.long	10
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
