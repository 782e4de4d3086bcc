	.file	"string.c"
	.text
	.section	.rodata
.LC0:
	.string	"hello %d\n"
	.text
	.globl	greet
	.type	greet, @function
greet:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC0(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.greet:
	.size	greet, .-greet
	.pushsection .kpatch.text,"ax",@progbits
	.globl	greet.kpatch
	.type	greet.kpatch, @function
greet.kpatch:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	subq	$16, %rsp
	movl	%edi, -4(%rbp)
	movl	-4(%rbp), %eax
	movl	%eax, %esi
	leaq	.LC0.kpatch(%rip), %rax
	movq	%rax, %rdi
	movl	$0, %eax
	call	printf@PLT
	nop
	leave
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.Lkpatch.new_end.greet:
	.size	greet.kpatch, .-greet.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.greet:
	.string	"greet"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	greet
	.quad	.Lkpatch.old_end.greet - greet
	.quad	greet.kpatch
	.quad	.Lkpatch.new_end.greet - greet.kpatch
	.quad	.Lkpatch.name.greet
	.quad	0
	.popsection
	.globl	main
	.type	main, @function
main:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	$1, %edi
	call	greet
	movl	$0, %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"hello, patched %d\n"
	.popsection
