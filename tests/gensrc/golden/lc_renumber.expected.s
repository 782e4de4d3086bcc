	.file	"lc_renumber.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"first"
	.text
	.p2align 4
	.globl	first
	.type	first, @function
first:
.LFB11:
	.cfi_startproc
	leaq	.LC0(%rip), %rdi
	jmp	puts@PLT
	.cfi_endproc
.LFE11:
.Lkpatch.old_end.first:
	.size	first, .-first
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	first.kpatch
	.type	first.kpatch, @function
first.kpatch:
.LFB11.kpatch:
.Lkpatch.cfi.0:
	subq	$8, %rsp
.Lkpatch.cfi.1:
	leaq	.LC0.kpatch(%rip), %rdi
	call	puts@PLT
	leaq	.LC1.kpatch(%rip), %rdi
	addq	$8, %rsp
.Lkpatch.cfi.2:
	jmp	puts@PLT
.Lkpatch.cfi.3:
.LFE11.kpatch:
.Lkpatch.new_end.first:
	.size	first.kpatch, .-first.kpatch
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
.Lkpatch.name.first:
	.string	"first"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	first
	.quad	.Lkpatch.old_end.first - first
	.quad	first.kpatch
	.quad	.Lkpatch.new_end.first - first.kpatch
	.quad	.Lkpatch.name.first
	.quad	0
	.popsection
	.section	.rodata.str1.1
.LC1:
	.string	"second"
.LC2:
	.string	"x"
.LC3:
	.string	"%s-%d\n"
	.text
	.p2align 4
	.globl	second
	.type	second, @function
second:
.LFB12:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	leaq	.LC1(%rip), %rdi
	call	puts@PLT
	movl	$2, %edx
	xorl	%eax, %eax
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	leaq	.LC2(%rip), %rsi
	leaq	.LC3(%rip), %rdi
	jmp	printf@PLT
	.cfi_endproc
.LFE12:
	.size	second, .-second
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"first"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC1.kpatch:
	.string	"first, again"
	.popsection
