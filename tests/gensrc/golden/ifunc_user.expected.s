	.file	"ifunc_user.c"
	.text
	.p2align 4
	.type	one, @function
one:
.LFB0:
	.cfi_startproc
	leal	1(%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	one, .-one
	.p2align 4
	.type	choose, @function
choose:
.LFB2:
	.cfi_startproc
	leaq	one(%rip), %rax
	ret
	.cfi_endproc
.LFE2:
	.size	choose, .-choose
	.globl	pick
	.type	pick, @gnu_indirect_function
	.set	pick,choose
	.p2align 4
	.globl	use
	.type	use, @function
use:
.LFB3:
	.cfi_startproc
	jmp	pick@PLT
	.cfi_endproc
.LFE3:
.Lkpatch.old_end.use:
	.size	use, .-use
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	use.kpatch
	.type	use.kpatch, @function
use.kpatch:
.LFB3.kpatch:
.Lkpatch.cfi.0:
	subq	$8, %rsp
.Lkpatch.cfi.1:
	call	pick@PLT
	addq	$8, %rsp
.Lkpatch.cfi.2:
	addl	%eax, %eax
	ret
.Lkpatch.cfi.3:
.LFE3.kpatch:
.Lkpatch.new_end.use:
	.size	use.kpatch, .-use.kpatch
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
.Lkpatch.name.use:
	.string	"use"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	use
	.quad	.Lkpatch.old_end.use - use
	.quad	use.kpatch
	.quad	.Lkpatch.new_end.use - use.kpatch
	.quad	.Lkpatch.name.use
	.quad	0
	.popsection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
