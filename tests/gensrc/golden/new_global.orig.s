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
	.size	hit, .-hit
	.globl	hits
	.bss
	.align 4
	.type	hits, @object
	.size	hits, 4
hits:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
