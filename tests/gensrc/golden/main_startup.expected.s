	.file	"main_startup.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%d %s\n"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	movq	(%rsi), %rdx
	xorl	%eax, %eax
	movl	%edi, %esi
	leaq	.LC0(%rip), %rdi
	call	printf@PLT
	xorl	%eax, %eax
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE11:
.Lkpatch.old_end.main:
	.size	main, .-main
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	main.kpatch
	.type	main.kpatch, @function
main.kpatch:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	(%rsi), %rdx
	movl	%edi, %ebx
	movl	%edi, %esi
	xorl	%eax, %eax
	leaq	.LC0.kpatch(%rip), %rdi
	call	printf@PLT
	xorl	%eax, %eax
	cmpl	$5, %ebx
	popq	%rbx
	.cfi_def_cfa_offset 8
	setg	%al
	ret
	.cfi_endproc
.Lkpatch.new_end.main:
	.size	main.kpatch, .-main.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.main:
	.string	"main"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	main
	.quad	.Lkpatch.old_end.main - main
	.quad	main.kpatch
	.quad	.Lkpatch.new_end.main - main.kpatch
	.quad	.Lkpatch.name.main
	.quad	0
	.popsection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"%d args, %s\n"
	.popsection
