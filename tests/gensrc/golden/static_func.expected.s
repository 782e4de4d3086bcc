	.file	"static_func.c"
	.text
	.p2align 4
	.type	scale, @function
scale:
.LFB0:
	.cfi_startproc
	leal	(%rdi,%rdi), %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.scale:
	.size	scale, .-scale
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.type	scale.kpatch, @function
scale.kpatch:
	.cfi_startproc
	leal	(%rdi,%rdi,2), %eax
	ret
	.cfi_endproc
.Lkpatch.new_end.scale:
	.size	scale.kpatch, .-scale.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.scale:
	.string	"scale"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	scale
	.quad	.Lkpatch.old_end.scale - scale
	.quad	scale.kpatch
	.quad	.Lkpatch.new_end.scale - scale.kpatch
	.quad	.Lkpatch.name.scale
	.quad	0
	.popsection
	.p2align 4
	.globl	apply
	.type	apply, @function
apply:
.LFB1:
	.cfi_startproc
	subq	$8, %rsp
	.cfi_def_cfa_offset 16
	call	scale
	addq	$8, %rsp
	.cfi_def_cfa_offset 8
	addl	$1, %eax
	ret
	.cfi_endproc
.LFE1:
	.size	apply, .-apply
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
