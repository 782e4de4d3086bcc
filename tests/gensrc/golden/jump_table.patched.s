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
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	cmpl	$6, %edi
	ja	.L11
	movl	%edi, %edi
	jmp	*.L4(,%rdi,8)
	.section	.rodata
	.align 8
	.align 4
.L4:
	.quad	.L10
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
	movl	$5, %edi
	call	f5
	orl	$9, %eax
.L1:
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L3:
	.cfi_restore_state
	movl	$6, %edi
	call	f0
	movl	$6, %edi
	movl	%eax, %ebx
	call	f1
	addl	%ebx, %eax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L10:
	.cfi_restore_state
	xorl	%edi, %edi
	call	f0
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	addl	$1, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L9:
	.cfi_restore_state
	movl	$1, %edi
	call	f1
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	leal	(%rax,%rax,2), %eax
	ret
	.p2align 4,,10
	.p2align 3
.L8:
	.cfi_restore_state
	movl	$2, %edi
	call	f2
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	subl	$8, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L7:
	.cfi_restore_state
	movl	$3, %edi
	call	f3
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	xorl	$5, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L6:
	.cfi_restore_state
	movl	$4, %edi
	call	f4
	popq	%rbx
	.cfi_def_cfa_offset 8
	sall	$2, %eax
	ret
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.type	code.cold, @function
code.cold:
.LFSB0:
.L11:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	orl	$-1, %eax
	jmp	.L1
	.cfi_endproc
.LFE0:
	.text
	.size	code, .-code
	.section	.text.unlikely
	.size	code.cold, .-code.cold
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
	ja	.L23
	movl	%edi, %edi
	jmp	*.L17(,%rdi,8)
	.section	.rodata
	.align 8
	.align 4
.L17:
	.quad	.L22
	.quad	.L21
	.quad	.L20
	.quad	.L19
	.quad	.L18
	.quad	.L16
	.text
	.p2align 4,,10
	.p2align 3
.L18:
	movl	$4, %edi
	call	f1
	sall	$2, %eax
.L14:
	addq	$8, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L16:
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
.L22:
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
.L21:
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
.L20:
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
.L19:
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
.L23:
	.cfi_def_cfa_offset 16
	xorl	%eax, %eax
	jmp	.L14
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
