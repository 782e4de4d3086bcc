	.file	"force_global.c"
	.text
	.p2align 4
	.type	twice, @function
twice:
.LFB0:
	.cfi_startproc
	leal	(%rdi,%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.twice:
	.size	twice, .-twice
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	twice.kpatch
	.type	twice.kpatch, @function
twice.kpatch:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$1000, %edi
	setg	%al
	leal	(%rax,%rdi,2), %eax
	ret
	.cfi_endproc
.Lkpatch.new_end.twice:
	.size	twice.kpatch, .-twice.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.twice:
	.string	"twice"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	twice
	.quad	.Lkpatch.old_end.twice - twice
	.quad	twice.kpatch
	.quad	.Lkpatch.new_end.twice - twice.kpatch
	.quad	.Lkpatch.name.twice
	.quad	0
	.popsection
	.p2align 4
	.globl	use
	.type	use, @function
use:
.LFB1:
	.cfi_startproc
	jmp	twice
	.cfi_endproc
.LFE1:
	.size	use, .-use
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
