	.file	"gotpcrel.c"
	.text
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
.LFB0:
	.cfi_startproc
	movl	counter(%rip), %eax
	addl	%edi, %eax
	movl	%eax, counter(%rip)
	addl	shared(%rip), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	bump, .-bump
	.globl	counter
	.bss
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
