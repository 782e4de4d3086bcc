	.file	"new_global.c"
	.text
	.p2align 4
	.globl	hit
	.type	hit, @function
hit:
.LFB0:
	.cfi_startproc
	addl	$1, hits(%rip)
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.hit:
	.size	hit, .-hit
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	hit.kpatch
	.type	hit.kpatch, @function
hit.kpatch:
	.cfi_startproc
	addl	$1, hits(%rip)
	subl	$1, misses(%rip)
	addq	$2, total(%rip)
	ret
	.cfi_endproc
.Lkpatch.new_end.hit:
	.size	hit.kpatch, .-hit.kpatch
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.hit:
	.string	"hit"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	hit
	.quad	.Lkpatch.old_end.hit - hit
	.quad	hit.kpatch
	.quad	.Lkpatch.new_end.hit - hit.kpatch
	.quad	.Lkpatch.name.hit
	.quad	0
	.popsection
	.globl	hits
	.bss
	.align 4
	.type	hits, @object
	.size	hits, 4
hits:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.bss,"aw",@nobits
	.balign 8
	.type	total, @object
	.size	total, 8
total:
	.zero	8
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
	.align 4
	.globl	misses
	.type	misses, @object
	.size	misses, 4
misses:
	.long	3
	.popsection
