	.file	"new_helper.c"
	.text
	.p2align 4
	.globl	check
	.type	check, @function
check:
.LFB0:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$63, %edi
	setle	%al
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.check:
	.size	check, .-check
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	check.kpatch
	.type	check.kpatch, @function
check.kpatch:
	.cfi_startproc
	jmp	in_range
	.cfi_endproc
.Lkpatch.new_end.check:
	.size	check.kpatch, .-check.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.check:
	.string	"check"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	check
	.quad	.Lkpatch.old_end.check - check
	.quad	check.kpatch
	.quad	.Lkpatch.new_end.check - check.kpatch
	.quad	.Lkpatch.name.check
	.quad	0
	.popsection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.type	in_range, @function
in_range:
	.cfi_startproc
	xorl	%eax, %eax
	cmpl	$63, %edi
	setbe	%al
	ret
	.cfi_endproc
	.size	in_range, .-in_range
	.popsection
