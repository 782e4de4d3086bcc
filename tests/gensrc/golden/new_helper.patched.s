	.file	"new_helper.c"
	.text
	.p2align 4
	.type	in_range, @function
in_range:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$63, %edi
	setbe	%al
	ret
	.cfi_endproc
.LFE0:
	.size	in_range, .-in_range
	.p2align 4
	.globl	check
	.type	check, @function
check:
.LFB1:
	.cfi_startproc
	jmp	in_range
	.cfi_endproc
.LFE1:
	.size	check, .-check
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
