	.file	"const_table.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"?"
	.text
	.p2align 4
	.globl	name
	.type	name, @function
name:
.LFB0:
	.cfi_startproc
	movl	$.LC0, %eax
	cmpl	$2, %edi
	ja	.L1
	movl	%edi, %edi
	movq	names(,%rdi,8), %rax
.L1:
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.name:
	.size	name, .-name
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	name.kpatch
	.type	name.kpatch, @function
name.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	movl	$.LC0.kpatch, %eax
	cmpl	$2, %edi
	ja	.L1.kpatch
	movl	%edi, %edi
	movq	names.kpatch(,%rdi,8), %rax
.L1.kpatch:
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.name:
	.size	name.kpatch, .-name.kpatch
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
.Lkpatch.name.name:
	.string	"name"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	name
	.quad	.Lkpatch.old_end.name - name
	.quad	name.kpatch
	.quad	.Lkpatch.new_end.name - name.kpatch
	.quad	.Lkpatch.name.name
	.quad	0
	.popsection
	.section	.rodata.str1.1
.LC1:
	.string	"zero"
.LC2:
	.string	"one"
.LC3:
	.string	"two"
	.section	.rodata
	.align 16
	.type	names, @object
	.size	names, 24
names:
	.quad	.LC1
	.quad	.LC2
	.quad	.LC3
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
	.align 16
	.type	names.kpatch, @object
	.size	names.kpatch, 24
names.kpatch:
	.quad	.LC1.kpatch
	.quad	.LC2.kpatch
	.quad	.LC3.kpatch
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"?"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC1.kpatch:
	.string	"zero"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC2.kpatch:
	.string	"one"
	.popsection
	.pushsection .kpatch.data,"aw",@progbits
.LC3.kpatch:
	.string	"two!"
	.popsection
