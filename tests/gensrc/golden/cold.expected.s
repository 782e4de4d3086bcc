	.file	"cold.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"report %d\n"
	.section	.text.unlikely,"ax",@progbits
	.globl	report
	.type	report, @function
report:
.LFB11:
	.cfi_startproc
	movl	%edi, %esi
	xorl	%eax, %eax
	leaq	.LC0(%rip), %rdi
	jmp	printf@PLT
	.cfi_endproc
.LFE11:
	.size	report, .-report
	.section	.rodata.str1.1
.LC1:
	.string	"oops %d\n"
	.section	.text.unlikely
.LCOLDB2:
	.text
.LHOTB2:
	.p2align 4
	.globl	work
	.type	work, @function
work:
.LFB12:
	.cfi_startproc
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	testl	%esi, %esi
	jle	.L6
	movl	%edi, %r12d
	movl	%esi, %r14d
	xorl	%ebp, %ebp
	xorl	%ebx, %ebx
	xorl	%r13d, %r13d
	.p2align 4,,10
	.p2align 3
.L5:
	cmpl	$1000, %r12d
	jg	.L8
.L4:
	addl	$1, %ebx
	addl	%ebp, %r13d
	addl	%r12d, %ebp
	cmpl	%ebx, %r14d
	jne	.L5
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	movl	%r13d, %eax
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	xorl	%r13d, %r13d
	popq	%rbx
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	movl	%r13d, %eax
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	work.cold, @function
work.cold:
.LFSB12:
.L8:
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	.cfi_offset 6, -40
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	.cfi_offset 14, -16
	movl	%r12d, %edi
	subl	$3, %r13d
	call	report
	movl	%ebx, %esi
	leaq	.LC1(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L4
	.cfi_endproc
.LFE12:
	.text
.Lkpatch.old_end.work:
	.size	work, .-work
	.section	.text.unlikely
	.size	work.cold, .-work.cold
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	work.kpatch
	.type	work.kpatch, @function
.LHOTB2.kpatch:
work.kpatch:
.LFB12.kpatch:
.Lkpatch.cfi.0:
	pushq	%r14
.Lkpatch.cfi.1:
	pushq	%r13
.Lkpatch.cfi.2:
	pushq	%r12
.Lkpatch.cfi.3:
	pushq	%rbp
.Lkpatch.cfi.4:
	pushq	%rbx
.Lkpatch.cfi.5:
	testl	%esi, %esi
	jle	.L6.kpatch
	movl	%edi, %r12d
	movl	%esi, %r14d
	xorl	%ebp, %ebp
	xorl	%ebx, %ebx
	xorl	%r13d, %r13d
	.p2align 4,,10
	.p2align 3
.L5.kpatch:
	cmpl	$1000, %r12d
	jg	.L8.kpatch
.L4.kpatch:
	addl	$1, %ebx
	addl	%ebp, %r13d
	addl	%r12d, %ebp
	cmpl	%ebx, %r14d
	jne	.L5.kpatch
	popq	%rbx
.Lkpatch.cfi.6:
	movl	%r13d, %eax
	popq	%rbp
.Lkpatch.cfi.7:
	popq	%r12
.Lkpatch.cfi.8:
	popq	%r13
.Lkpatch.cfi.9:
	popq	%r14
.Lkpatch.cfi.10:
	ret
	.p2align 4,,10
	.p2align 3
.L6.kpatch:
.Lkpatch.cfi.11:
	xorl	%r13d, %r13d
	popq	%rbx
.Lkpatch.cfi.12:
	popq	%rbp
.Lkpatch.cfi.13:
	movl	%r13d, %eax
	popq	%r12
.Lkpatch.cfi.14:
	popq	%r13
.Lkpatch.cfi.15:
	popq	%r14
.Lkpatch.cfi.16:
	ret
.Lkpatch.cfi.17:
.Lkpatch.new_end.work:
	.size	work.kpatch, .-work.kpatch
	.section .kpatch.text,"ax",@progbits
.LCOLDB2.kpatch:
.Lkpatch.cfi.18:
	.type	work.cold.kpatch, @function
work.cold.kpatch:
.LFSB12.kpatch:
.L8.kpatch:
.Lkpatch.cfi.19:
	movl	%r12d, %edi
	subl	$4, %r13d
	call	report
	movl	%ebx, %esi
	leaq	.LC1.kpatch(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L4.kpatch
.Lkpatch.cfi.20:
.LFE12.kpatch:
	.size	work.cold.kpatch, .-work.cold.kpatch
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
	.long	.Lkpatch.cfi.17-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.byte	0x4
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.byte	0xe
	.uleb128 16
	.byte	0x8e
	.uleb128 2
	.byte	0x4
	.long	.Lkpatch.cfi.2-.Lkpatch.cfi.1
	.byte	0xe
	.uleb128 24
	.byte	0x8d
	.uleb128 3
	.byte	0x4
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.2
	.byte	0xe
	.uleb128 32
	.byte	0x8c
	.uleb128 4
	.byte	0x4
	.long	.Lkpatch.cfi.4-.Lkpatch.cfi.3
	.byte	0xe
	.uleb128 40
	.byte	0x86
	.uleb128 5
	.byte	0x4
	.long	.Lkpatch.cfi.5-.Lkpatch.cfi.4
	.byte	0xe
	.uleb128 48
	.byte	0x83
	.uleb128 6
	.byte	0x4
	.long	.Lkpatch.cfi.6-.Lkpatch.cfi.5
	.byte	0xa
	.byte	0xe
	.uleb128 40
	.byte	0x4
	.long	.Lkpatch.cfi.7-.Lkpatch.cfi.6
	.byte	0xe
	.uleb128 32
	.byte	0x4
	.long	.Lkpatch.cfi.8-.Lkpatch.cfi.7
	.byte	0xe
	.uleb128 24
	.byte	0x4
	.long	.Lkpatch.cfi.9-.Lkpatch.cfi.8
	.byte	0xe
	.uleb128 16
	.byte	0x4
	.long	.Lkpatch.cfi.10-.Lkpatch.cfi.9
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.11-.Lkpatch.cfi.10
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.12-.Lkpatch.cfi.11
	.byte	0xe
	.uleb128 40
	.byte	0x4
	.long	.Lkpatch.cfi.13-.Lkpatch.cfi.12
	.byte	0xe
	.uleb128 32
	.byte	0x4
	.long	.Lkpatch.cfi.14-.Lkpatch.cfi.13
	.byte	0xe
	.uleb128 24
	.byte	0x4
	.long	.Lkpatch.cfi.15-.Lkpatch.cfi.14
	.byte	0xe
	.uleb128 16
	.byte	0x4
	.long	.Lkpatch.cfi.16-.Lkpatch.cfi.15
	.byte	0xe
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.0:
	.balign 8, 0
.Lkpatch.cie.18:
	.long	.Lkpatch.cie_end.18-.Lkpatch.cie.18-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.18-.Lkpatch.cie_aug.18
.Lkpatch.cie_aug.18:
	.byte	0x1b
.Lkpatch.cie_aug_end.18:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.18:
.Lkpatch.fde.18:
	.long	.Lkpatch.fde_end.18-.Lkpatch.fde.18-4
	.long	.-.Lkpatch.cie.18
	.long	.Lkpatch.cfi.18-.
	.long	.Lkpatch.cfi.20-.Lkpatch.cfi.18
	.uleb128 .Lkpatch.fde_aug_end.18-.Lkpatch.fde_aug.18
.Lkpatch.fde_aug.18:
.Lkpatch.fde_aug_end.18:
	.byte	0x4
	.long	.Lkpatch.cfi.19-.Lkpatch.cfi.18
	.byte	0xe
	.uleb128 48
	.byte	0x83
	.uleb128 6
	.byte	0x86
	.uleb128 5
	.byte	0x8c
	.uleb128 4
	.byte	0x8d
	.uleb128 3
	.byte	0x8e
	.uleb128 2
	.balign 8, 0
.Lkpatch.fde_end.18:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.work:
	.string	"work"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	work
	.quad	.Lkpatch.old_end.work - work
	.quad	work.kpatch
	.quad	.Lkpatch.new_end.work - work.kpatch
	.quad	.Lkpatch.name.work
	.quad	0
	.popsection
.LCOLDE2:
	.text
.LHOTE2:
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC1.kpatch:
	.string	"oops, fixed %d\n"
	.popsection
