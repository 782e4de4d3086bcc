	.file	"static_locals.c"
	.text
	.p2align 4
	.globl	tick
	.type	tick, @function
tick:
.LFB0:
	.cfi_startproc
	movl	count.1(%rip), %eax
	addl	$1, %eax
	movl	%eax, count.1(%rip)
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.tick:
	.size	tick, .-tick
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	tick.kpatch
	.type	tick.kpatch, @function
tick.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	movl	count.1(%rip), %eax
	addl	$2, %eax
	movl	%eax, count.1(%rip)
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.tick:
	.size	tick.kpatch, .-tick.kpatch
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
.Lkpatch.name.tick:
	.string	"tick"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	tick
	.quad	.Lkpatch.old_end.tick - tick
	.quad	tick.kpatch
	.quad	.Lkpatch.new_end.tick - tick.kpatch
	.quad	.Lkpatch.name.tick
	.quad	0
	.popsection
	.p2align 4
	.globl	tock
	.type	tock, @function
tock:
.LFB1:
	.cfi_startproc
	movl	count.0(%rip), %eax
	leal	-1(%rax), %edx
	movl	%edx, count.0(%rip)
	ret
	.cfi_endproc
.LFE1:
	.size	tock, .-tock
	.data
	.align 4
	.type	count.0, @object
	.size	count.0, 4
count.0:
	.long	10
	.local	count.1
	.comm	count.1,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	tack
	.type	tack, @function
tack:
.LFB2.kpatch:
.Lkpatch.cfi.2:
	movl	count.0.kpatch(%rip), %eax
	leal	1(%rax), %edx
	movl	%edx, count.0.kpatch(%rip)
	ret
.Lkpatch.cfi.3:
.LFE2.kpatch:
	.size	tack, .-tack
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
	.pushsection .kpatch.data,"aw",@progbits
	.align 4
	.type	count.0.kpatch, @object
	.size	count.0.kpatch, 4
count.0.kpatch:
	.long	4
	.popsection
