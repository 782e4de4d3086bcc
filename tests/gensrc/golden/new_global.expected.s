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
.LFB0.kpatch:
.Lkpatch.cfi.0:
	addl	$1, hits(%rip)
	subl	$1, misses(%rip)
	addq	$2, total(%rip)
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.hit:
	.size	hit.kpatch, .-hit.kpatch
	.section .kpatch.eh_frame,"a",@progbits
	.balign 8, 0
.Lkpatch.cie.0:
	.long	.Lkpatch.cie_end.0-.Lkpatch.cie.0-4
	.long	0
	.byte	1
	.string	"zR"
	.uleb128 1
	.sleb128 -8
	.uleb128 16
	.uleb128 .Lkpatch.cie_aug_end.0-.Lkpatch.cie_aug.0
.Lkpatch.cie_aug.0:
	.byte	0x1b
.Lkpatch.cie_aug_end.0:
	.byte	0xc, 7, 8
	.byte	0x90, 1
	.balign 8, 0
.Lkpatch.cie_end.0:
.Lkpatch.fde.0:
	.long	.Lkpatch.fde_end.0-.Lkpatch.fde.0-4
	.long	.-.Lkpatch.cie.0
	.long	.Lkpatch.cfi.0-.
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.balign 8, 0
.Lkpatch.fde_end.0:
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
