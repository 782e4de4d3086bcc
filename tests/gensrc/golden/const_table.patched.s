	.file	"const_table.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"?"
	.text
	.p2align 4
	.globl	name
	.type	name, @function
name:
.LFB0:
	.cfi_startproc
	movl	$.LC0, %eax
	cmpl	$2, %edi
	ja	.L1
	movl	%edi, %edi
	movq	names(,%rdi,8), %rax
.L1:
	ret
	.cfi_endproc
.LFE0:
	.size	name, .-name
	.section	.rodata.str1.1
.LC1:
	.string	"zero"
.LC2:
	.string	"one"
.LC3:
	.string	"two!"
	.section	.rodata
	.align 16
	.type	names, @object
	.size	names, 24
names:
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
