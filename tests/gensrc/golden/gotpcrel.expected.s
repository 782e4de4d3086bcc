	.file	"gotpcrel.c"
	.text
	.p2align 4
	.globl	bump
	.type	bump, @function
bump:
.LFB0:
	.cfi_startproc
	movl	counter(%rip), %eax
	addl	%edi, %eax
	movl	%eax, counter(%rip)
	addl	shared(%rip), %eax
	ret
	.cfi_endproc
.LFE0:
.Lkpatch.old_end.bump:
	.size	bump, .-bump
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	bump.kpatch
	.type	bump.kpatch, @function
bump.kpatch:
.LFB0.kpatch:
.Lkpatch.cfi.0:
	movq	counter@GOTPCREL(%rip), %rax
	movl	(%rax), %eax
	movq	shared@GOTPCREL(%rip), %rcx
	movl	(%rcx), %ecx
	leal	(%rax,%rdi,2), %eax
	leal	1(%rcx), %edx
	leaq	-128(%rsp), %rsp
	pushq	%r11
	movq	counter@GOTPCREL(%rip), %r11
	movl	%eax, (%r11)
	popq	%r11
	leaq	128(%rsp), %rsp
	addl	%edx, %eax
	leaq	-128(%rsp), %rsp
	pushq	%r11
	movq	shared@GOTPCREL(%rip), %r11
	movl	%edx, (%r11)
	popq	%r11
	leaq	128(%rsp), %rsp
	ret
.Lkpatch.cfi.1:
.LFE0.kpatch:
.Lkpatch.new_end.bump:
	.size	bump.kpatch, .-bump.kpatch
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
.Lkpatch.name.bump:
	.string	"bump"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	bump
	.quad	.Lkpatch.old_end.bump - bump
	.quad	bump.kpatch
	.quad	.Lkpatch.new_end.bump - bump.kpatch
	.quad	.Lkpatch.name.bump
	.quad	0
	.popsection
	.globl	counter
	.bss
	.align 4
	.type	counter, @object
	.size	counter, 4
counter:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
