	.file	"main_startup.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %s\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	movq	(%rsi), %rdx
	xorl	%eax, %eax
	movl	%edi, %esi
	leaq	.LC0(%rip), %rdi
	call	printf@PLT
	xorl	%eax, %eax
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
.Lkpatch.old_end.main:
	.size	main, .-main
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	main.kpatch
	.type	main.kpatch, @function
main.kpatch:
.LFB11.kpatch:
.Lkpatch.cfi.0:
	pushq	%rbx
.Lkpatch.cfi.1:
	movq	(%rsi), %rdx
	movl	%edi, %ebx
	movl	%edi, %esi
	xorl	%eax, %eax
	leaq	.LC0.kpatch(%rip), %rdi
	call	printf@PLT
	xorl	%eax, %eax
	cmpl	$5, %ebx
	popq	%rbx
.Lkpatch.cfi.2:
	setg	%al
	ret
.Lkpatch.cfi.3:
.LFE11.kpatch:
.Lkpatch.new_end.main:
	.size	main.kpatch, .-main.kpatch
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
	.byte	0x83
	.uleb128 2
	.byte	0x4
	.long	.Lkpatch.cfi.2-.Lkpatch.cfi.1
	.byte	0xe
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.0:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.main:
	.string	"main"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	main
	.quad	.Lkpatch.old_end.main - main
	.quad	main.kpatch
	.quad	.Lkpatch.new_end.main - main.kpatch
	.quad	.Lkpatch.name.main
	.quad	0
	.popsection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"%d args, %s\n"
	.popsection
