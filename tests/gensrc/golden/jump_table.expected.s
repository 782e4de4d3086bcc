	.file	"jump_table.c"
	.text
	.section	.text.unlikely,"ax",@progbits
.LCOLDB0:
	.text
.LHOTB0:
	.p2align 4
	.globl	code
	.type	code, @function
code:
.LFB0:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	cmpl	$5, %edi
	ja	.L10
	movl	%edi, %edi
	jmp	*.L4(,%rdi,8)
	.section	.rodata
	.align 8
	.align 4
.L4:
	.quad	.L9
	.quad	.L8
	.quad	.L7
	.quad	.L6
	.quad	.L5
	.quad	.L3
	.text
	.p2align 4,,10
	.p2align 3
.L5:
	movl	$4, %edi
	call	f4
	sall	$2, %eax
.L1:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	.cfi_restore_state
	movl	$5, %edi
	call	f5
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	orl	$9, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	.cfi_restore_state
	xorl	%edi, %edi
	call	f0
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	addl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	.cfi_restore_state
	movl	$1, %edi
	call	f1
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	leal	(%rax,%rax,2), %eax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	.cfi_restore_state
	movl	$2, %edi
	call	f2
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	subl	$7, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	movl	$3, %edi
	call	f3
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	xorl	$5, %eax
	ret
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	code.cold, @function
code.cold:
.LFSB0:
.L10:
	.cfi_def_cfa_offset 16
	orl	$-1, %eax
	jmp	.L1
	.cfi_endproc
.LFE0:
	.text
.Lkpatch.old_end.code:
	.size	code, .-code
	.section	.text.unlikely
	.size	code.cold, .-code.cold
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	code.kpatch
	.type	code.kpatch, @function
.LHOTB0.kpatch:
code.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	pushq	%rbx
.Lkpatch.cfi.1:
	cmpl	$6, %edi
	ja	.L11.kpatch
	movl	%edi, %edi
	jmp	*.L4.kpatch(,%rdi,8)
	.p2align 4,,10
	.p2align 3
.L5.kpatch:
	movl	$5, %edi
	call	f5
	orl	$9, %eax
.L1.kpatch:
	popq	%rbx
.Lkpatch.cfi.2:
	ret
	.p2align 4,,10
	.p2align 3
.L3.kpatch:
.Lkpatch.cfi.3:
	movl	$6, %edi
	call	f0
	movl	$6, %edi
	movl	%eax, %ebx
	call	f1
	addl	%ebx, %eax
	popq	%rbx
.Lkpatch.cfi.4:
	ret
	.p2align 4,,10
	.p2align 3
.L10.kpatch:
.Lkpatch.cfi.5:
	xorl	%edi, %edi
	call	f0
	popq	%rbx
.Lkpatch.cfi.6:
	addl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9.kpatch:
.Lkpatch.cfi.7:
	movl	$1, %edi
	call	f1
	popq	%rbx
.Lkpatch.cfi.8:
	leal	(%rax,%rax,2), %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8.kpatch:
.Lkpatch.cfi.9:
	movl	$2, %edi
	call	f2
	popq	%rbx
.Lkpatch.cfi.10:
	subl	$8, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L7.kpatch:
.Lkpatch.cfi.11:
	movl	$3, %edi
	call	f3
	popq	%rbx
.Lkpatch.cfi.12:
	xorl	$5, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6.kpatch:
.Lkpatch.cfi.13:
	movl	$4, %edi
	call	f4
	popq	%rbx
.Lkpatch.cfi.14:
	sall	$2, %eax
	ret
.Lkpatch.cfi.15:
.Lkpatch.new_end.code:
	.size	code.kpatch, .-code.kpatch
	.section .kpatch.data,"aw",@progbits
	.align 8
	.align 4
.L4.kpatch:
	.quad	.L10.kpatch
	.quad	.L9.kpatch
	.quad	.L8.kpatch
	.quad	.L7.kpatch
	.quad	.L6.kpatch
	.quad	.L5.kpatch
	.quad	.L3.kpatch
	.section .kpatch.text,"ax",@progbits
.LCOLDB0.kpatch:
.Lkpatch.cfi.16:
	.type	code.cold.kpatch, @function
code.cold.kpatch:
.LFSB0.kpatch:
.L11.kpatch:
.Lkpatch.cfi.17:
	orl	$-1, %eax
	jmp	.L1.kpatch
.Lkpatch.cfi.18:
.LFE0.kpatch:
	.size	code.cold.kpatch, .-code.cold.kpatch
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
	.long	.Lkpatch.cfi.15-.Lkpatch.cfi.0
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
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.3-.Lkpatch.cfi.2
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.4-.Lkpatch.cfi.3
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.5-.Lkpatch.cfi.4
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.6-.Lkpatch.cfi.5
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.7-.Lkpatch.cfi.6
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.8-.Lkpatch.cfi.7
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.9-.Lkpatch.cfi.8
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.10-.Lkpatch.cfi.9
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.11-.Lkpatch.cfi.10
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.12-.Lkpatch.cfi.11
	.byte	0xa
	.byte	0xe
	.uleb128 8
	.byte	0x4
	.long	.Lkpatch.cfi.13-.Lkpatch.cfi.12
	.byte	0xb
	.byte	0x4
	.long	.Lkpatch.cfi.14-.Lkpatch.cfi.13
	.byte	0xe
	.uleb128 8
	.balign 8, 0
.Lkpatch.fde_end.0:
	.balign 8, 0
.Lkpatch.cie.16:
	.long	.Lkpatch.cie_end.16-.Lkpatch.cie.16-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.16-.Lkpatch.cie_aug.16
.Lkpatch.cie_aug.16:
	.byte	0x1b
.Lkpatch.cie_aug_end.16:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.16:
.Lkpatch.fde.16:
	.long	.Lkpatch.fde_end.16-.Lkpatch.fde.16-4
	.long	.-.Lkpatch.cie.16
	.long	.Lkpatch.cfi.16-.
	.long	.Lkpatch.cfi.18-.Lkpatch.cfi.16
	.uleb128 .Lkpatch.fde_aug_end.16-.Lkpatch.fde_aug.16
.Lkpatch.fde_aug.16:
.Lkpatch.fde_aug_end.16:
	.byte	0x4
	.long	.Lkpatch.cfi.17-.Lkpatch.cfi.16
	.byte	0xe
	.uleb128 16
	.byte	0x83
	.uleb128 2
	.balign 8, 0
.Lkpatch.fde_end.16:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.code:
	.string	"code"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	code
	.quad	.Lkpatch.old_end.code - code
	.quad	code.kpatch
	.quad	.Lkpatch.new_end.code - code.kpatch
	.quad	.Lkpatch.name.code
	.quad	0
	.popsection
.LCOLDE0:
	.text
.LHOTE0:
	.section	.text.unlikely
.LCOLDB1:
	.text
.LHOTB1:
	.p2align 4
	.globl	kind
	.type	kind, @function
kind:
.LFB1:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	cmpl	$5, %edi
	ja	.L22
	movl	%edi, %edi
	jmp	*.L16(,%rdi,8)
	.section	.rodata
	.align 8
	.align 4
.L16:
	.quad	.L21
	.quad	.L20
	.quad	.L19
	.quad	.L18
	.quad	.L17
	.quad	.L15
	.text
	.p2align 4,,10
	.p2align 3
.L17:
	movl	$4, %edi
	call	f1
	sall	$2, %eax
.L13:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L15:
	.cfi_restore_state
	movl	$5, %edi
	call	f0
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	orl	$9, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L21:
	.cfi_restore_state
	xorl	%edi, %edi
	call	f5
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	addl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L20:
	.cfi_restore_state
	movl	$1, %edi
	call	f4
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	leal	(%rax,%rax,2), %eax
	ret
	.p2align 4,,10
	.p2align 3
.L19:
	.cfi_restore_state
	movl	$2, %edi
	call	f3
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	subl	$7, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L18:
	.cfi_restore_state
	movl	$3, %edi
	call	f2
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	xorl	$5, %eax
	ret
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	kind.cold, @function
kind.cold:
.LFSB1:
.L22:
	.cfi_def_cfa_offset 16
	xorl	%eax, %eax
	jmp	.L13
	.cfi_endproc
.LFE1:
	.text
	.size	kind, .-kind
	.section	.text.unlikely
	.size	kind.cold, .-kind.cold
.LCOLDE1:
	.text
.LHOTE1:
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
