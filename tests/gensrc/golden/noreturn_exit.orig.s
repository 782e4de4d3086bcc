	.file	"noreturn_exit.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"a"
	.text
	.p2align 4
	.globl	worker
	.type	worker, @function
worker:
.LFB12:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	leaq	.LC0(%rip), %rbx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rbx, %rdi
	call	puts@PLT
.L3:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$113, %eax
	jne	.L2
	xorl	%edi, %edi
	call	pthread_exit@PLT
	.cfi_endproc
.LFE12:
	.size	worker, .-worker
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
