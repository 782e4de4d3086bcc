	.file	"static_locals.c"
	.text
	.p2align 4
	.globl	tick
	.type	tick, @function
tick:
.LFB0:
	.cfi_startproc
	movl	count.1(%rip), %eax
	addl	$1, %eax
	movl	%eax, count.1(%rip)
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.tick:
	.size	tick, .-tick
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	tick.kpatch
	.type	tick.kpatch, @function
tick.kpatch:
	.cfi_startproc
	movl	count.1(%rip), %eax
	addl	$2, %eax
	movl	%eax, count.1(%rip)
	ret
	.cfi_endproc
.Lkpatch.new_end.tick:
	.size	tick.kpatch, .-tick.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.tick:
	.string	"tick"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	tick
	.quad	.Lkpatch.old_end.tick - tick
	.quad	tick.kpatch
	.quad	.Lkpatch.new_end.tick - tick.kpatch
	.quad	.Lkpatch.name.tick
	.quad	0
	.popsection
	.p2align 4
	.globl	tock
	.type	tock, @function
tock:
.LFB1:
	.cfi_startproc
	movl	count.0(%rip), %eax
	leal	-1(%rax), %edx
	movl	%edx, count.0(%rip)
	ret
	.cfi_endproc
.LFE1:
	.size	tock, .-tock
	.data
	.align 4
	.type	count.0, @object
	.size	count.0, 4
count.0:
	.long	10
	.local	count.1
	.comm	count.1,4,4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	tack
	.type	tack, @function
tack:
	.cfi_startproc
	movl	count.0.kpatch(%rip), %eax
	leal	1(%rax), %edx
	movl	%edx, count.0.kpatch(%rip)
	ret
	.cfi_endproc
	.size	tack, .-tack
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
	.align 4
	.type	count.0.kpatch, @object
	.size	count.0.kpatch, 4
count.0.kpatch:
	.long	4
	.popsection
