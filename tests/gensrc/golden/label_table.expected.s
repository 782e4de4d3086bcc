	.file	"label_table.c"
	.text
	.p2align 4
	.globl	run
	.type	run, @function
run:
.LFB0:
	.cfi_startproc
	movzbl	(%rdi), %edx
	leaq	table.0(%rip), %rcx
	movl	%esi, %eax
	addq	$2, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.p2align 4,,10
	.p2align 3
.L6:
	ret
	.p2align 4,,10
	.p2align 3
.L4:
	movzbl	-1(%rdi), %edx
	addl	%eax, %eax
	addq	$1, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.p2align 4,,10
	.p2align 3
.L3:
	movzbl	-1(%rdi), %edx
	addl	$1, %eax
	addq	$1, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.run:
	.size	run, .-run
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	run.kpatch
	.type	run.kpatch, @function
run.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	movzbl	(%rdi), %edx
	leaq	table.0.kpatch(%rip), %rcx
	movl	%esi, %eax
	addq	$2, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.p2align 4,,10
	.p2align 3
.L6.kpatch:
	ret
	.p2align 4,,10
	.p2align 3
.L4.kpatch:
	movzbl	-1(%rdi), %edx
	addl	%eax, %eax
	addq	$1, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
	.p2align 4,,10
	.p2align 3
.L3.kpatch:
	movzbl	-1(%rdi), %edx
	addl	$10, %eax
	addq	$1, %rdi
	movq	(%rcx,%rdx,8), %rdx
	jmp	*%rdx
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.run:
	.size	run.kpatch, .-run.kpatch
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
.Lkpatch.name.run:
	.string	"run"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	run
	.quad	.Lkpatch.old_end.run - run
	.quad	run.kpatch
	.quad	.Lkpatch.new_end.run - run.kpatch
	.quad	.Lkpatch.name.run
	.quad	0
	.popsection
	.section	.data.rel.ro.local,"aw"
	.align 16
	.type	table.0, @object
	.size	table.0, 24
table.0:
	.quad	.L3
	.quad	.L4
	.quad	.L6
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
	.align 16
	.type	table.0.kpatch, @object
	.size	table.0.kpatch, 24
table.0.kpatch:
	.quad	.L3.kpatch
	.quad	.L4.kpatch
	.quad	.L6.kpatch
	.popsection
