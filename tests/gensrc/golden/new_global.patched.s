	.file	"new_global.c"
	.text
	.p2align 4
	.globl	hit
	.type	hit, @function
hit:
.LFB0:
	.cfi_startproc
	addl	$1, hits(%rip)
	subl	$1, misses(%rip)
	addq	$2, total(%rip)
	ret
	.cfi_endproc
.LFE0:
	.size	hit, .-hit
	.local	total
	.comm	total,8,8
	.globl	misses
	.data
	.align 4
	.type	misses, @object
	.size	misses, 4
misses:
	.long	3
	.globl	hits
	.bss
	.align 4
	.type	hits, @object
	.size	hits, 4
hits:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
