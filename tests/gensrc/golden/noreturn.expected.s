	.file	"noreturn.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"a"
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.globl	main
	.type	main, @function
main:
.LFB11:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	leaq	.LC0(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rbx, %rdi
	call	puts@PLT
	movl	$1000, %edi
	call	usleep@PLT
	jmp	.L2
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
	leaq	.LC0.kpatch(%rip), %rbx
	.p2align 4,,10
	.p2align 3
.L2.kpatch:
	movq	%rbx, %rdi
	call	puts@PLT
	movl	$1000, %edi
	call	usleep@PLT
	jmp	.L2.kpatch
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
	.quad	1
	.popsection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"b"
	.popsection
