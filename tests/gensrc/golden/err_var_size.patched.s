	.file	"err_var_size.c"
	.text
	.p2align 4
	.globl	get
	.type	get, @function
get:
.LFB0:
	.cfi_startproc
	andl	$7, %edi
	leaq	buffer(%rip), %rax
	movl	(%rax,%rdi,4), %eax
	ret
	.cfi_endproc
.LFE0:
	.size	get, .-get
	.globl	buffer
	.bss
	.align 32
	.type	buffer, @object
	.size	buffer, 32
buffer:
	.zero	32
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
