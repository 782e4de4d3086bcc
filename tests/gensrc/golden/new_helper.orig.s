	.file	"new_helper.c"
	.text
	.p2align 4
	.globl	check
	.type	check, @function
check:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$63, %edi
	setle	%al
	ret
	.cfi_endproc
.LFE0:
	.size	check, .-check
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
