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
work.kpatch:
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
.L6.kpatch:
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
.Lkpatch.new_end.work:
	.size	work.kpatch, .-work.kpatch
	.section .kpatch.text,"ax",@progbits
	.cfi_startproc
	.type	work.cold.kpatch, @function
work.cold.kpatch:
.L8.kpatch:
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	.cfi_offset 6, -40
	.cfi_offset 12, -32
	.cfi_offset 13, -24
	.cfi_offset 14, -16
	movl	%r12d, %edi
	subl	$4, %r13d
	call	report
	movl	%ebx, %esi
	leaq	.LC1.kpatch(%rip), %rdi
	xorl	%eax, %eax
	call	printf@PLT
	jmp	.L4.kpatch
	.cfi_endproc
	.size	work.cold.kpatch, .-work.cold.kpatch
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
