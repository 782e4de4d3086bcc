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
	.cfi_startproc
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
	.cfi_endproc
.Lkpatch.new_end.bump:
	.size	bump.kpatch, .-bump.kpatch
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
