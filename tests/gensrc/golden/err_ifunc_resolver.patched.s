	.file	"err_ifunc_resolver.c"
	.text
	.p2align 4
	.type	two, @function
two:
.LFB1:
	.cfi_startproc
	leal	2(%rdi), %eax
	ret
	.cfi_endproc
.LFE1:
	.size	two, .-two
	.p2align 4
	.type	choose, @function
choose:
.LFB2:
	.cfi_startproc
	leaq	two(%rip), %rax
	ret
	.cfi_endproc
.LFE2:
	.size	choose, .-choose
	.globl	pick
	.type	pick, @gnu_indirect_function
	.set	pick,choose
	.p2align 4
	.globl	use
	.type	use, @function
use:
.LFB3:
	.cfi_startproc
	jmp	pick@PLT
	.cfi_endproc
.LFE3:
	.size	use, .-use
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
