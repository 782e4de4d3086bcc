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
	ret
	.cfi_endproc
.LFE1:
.Lkpatch.old_end.scale:
	.size	scale, .-scale
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	scale.kpatch
	.type	scale.kpatch, @function
scale.kpatch:
	.cfi_startproc
	mulsd	.LC1.kpatch(%rip), %xmm0
	addsd	.LC2.kpatch(%rip), %xmm0
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
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC0:
	.long	0
	.long	1073217536
	.long	0
	.long	1074003968
	.set	.LC1,.LC0+8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
	.set	.LC1.kpatch,.LC0.kpatch+8
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
	.align 8
.LC2.kpatch:
	.long	0
	.long	1072693248
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
	.align 16
.LC0.kpatch:
	.long	0
	.long	1073217536
	.long	0
	.long	1074003968
	.popsection
