	.file	"lc_renumber.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"first"
.LC1:
	.string	"first, again"
	.text
	.p2align 4
	.globl	first
	.type	first, @function
first:
.LFB11:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	leaq	.LC0(%rip), %rdi
	call	puts@PLT
	leaq	.LC1(%rip), %rdi
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	jmp	puts@PLT
	.cfi_endproc
.LFE11:
	.size	first, .-first
	.section	.rodata.str1.1
.LC2:
	.string	"second"
.LC3:
	.string	"x"
.LC4:
	.string	"%s-%d\n"
	.text
	.p2align 4
	.globl	second
	.type	second, @function
second:
.LFB12:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	leaq	.LC2(%rip), %rdi
	call	puts@PLT
	movl	$2, %edx
	xorl	%eax, %eax
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	leaq	.LC3(%rip), %rsi
	leaq	.LC4(%rip), %rdi
	jmp	printf@PLT
	.cfi_endproc
.LFE12:
	.size	second, .-second
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
