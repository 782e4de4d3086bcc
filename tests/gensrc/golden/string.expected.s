	.file	"string.c"
	.text
	.section	.rodata
.LC0:
	.string	"hello %d\n"
	.text
	.globl	greet
	.type	greet, @function
greet:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.greet:
	.size	greet, .-greet
	.pushsection .kpatch.text,"ax",@progbits
	.globl	greet.kpatch
	.type	greet.kpatch, @function
greet.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	pushq	%rbp
.Lkpatch.cfi.1:
	movq	%rsp, %rbp
.Lkpatch.cfi.2:
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC0.kpatch(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	nop
	leave
.Lkpatch.cfi.3:
	ret
.Lkpatch.cfi.4:
.LFE0.kpatch:
.Lkpatch.new_end.greet:
	.size	greet.kpatch, .-greet.kpatch
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
	.long	.Lkpatch.cfi.4-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.byte	0x4
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.byte	0xe
	.uleb128 16
	.byte	0x86
	.uleb128 2
	.byte	0x4
	.long	.Lkpatch.cfi.2-.Lkpatch.cfi.1
	.byte	0xd
	.uleb128 6
	.byte	0x4
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.2
	.byte	0xc
	.uleb128 7
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.0:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.greet:
	.string	"greet"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	greet
	.quad	.Lkpatch.old_end.greet - greet
	.quad	greet.kpatch
	.quad	.Lkpatch.new_end.greet - greet.kpatch
	.quad	.Lkpatch.name.greet
	.quad	0
	.popsection
	.globl	main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	$1, %edi
	call	greet
	movl	$0, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"hello, patched %d\n"
	.popsection
