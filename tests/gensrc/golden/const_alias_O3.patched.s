	.file	"const_alias_O3.c"
	.text
	.p2align 4
	.globl	init
	.type	init, @function
init:
.LFB0:
	.cfi_startproc
	movapd	.LC0(%rip), %xmm0
	movups	%xmm0, (%rdi)
	ret
	.cfi_endproc
.LFE0:
	.size	init, .-init
	.p2align 4
	.globl	scale
	.type	scale, @function
scale:
.LFB1:
	.cfi_startproc
	mulsd	.LC1(%rip), %xmm0
	addsd	.LC2(%rip), %xmm0
	ret
	.cfi_endproc
.LFE1:
	.size	scale, .-scale
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1073217536
	.long	0
	.long	1074003968
	.set	.LC1,.LC0+8
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC2:
	.long	0
	.long	1072693248
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
