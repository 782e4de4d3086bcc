	.file	"force_global.c"
	.text
	.p2align 4
	.type	twice, @function
twice:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$1000, %edi
	setg	%al
	leal	(%rax,%rdi,2), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	twice, .-twice
	.p2align 4
	.globl	use
	.type	use, @function
use:
.LFB1:
	.cfi_startproc
	jmp	twice
	.cfi_endproc
.LFE1:
	.size	use, .-use
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
