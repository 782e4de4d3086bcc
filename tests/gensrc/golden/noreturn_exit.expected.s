	.file	"noreturn_exit.c"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"a"
	.text
	.p2align 4
	.globl	worker
	.type	worker, @function
worker:
.LFB12:
	.cfi_startproc
	pushq	%rbx
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	leaq	.LC0(%rip), %rbx
	jmp	.L3
	.p2align 4,,10
	.p2align 3
.L2:
	movq	%rbx, %rdi
	call	puts@PLT
.L3:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$113, %eax
	jne	.L2
	xorl	%edi, %edi
	call	pthread_exit@PLT
	.cfi_endproc
.LFE12:
.Lkpatch.old_end.worker:
	.size	worker, .-worker
	.pushsection .kpatch.text,"ax",@progbits
	.p2align 4
	.globl	worker.kpatch
	.type	worker.kpatch, @function
worker.kpatch:
.LFB12.kpatch:
.Lkpatch.cfi.0:
	pushq	%rbx
.Lkpatch.cfi.1:
	leaq	.LC0.kpatch(%rip), %rbx
	jmp	.L3.kpatch
	.p2align 4,,10
	.p2align 3
.L2.kpatch:
	movq	%rbx, %rdi
	call	puts@PLT
.L3.kpatch:
	movq	stdin(%rip), %rdi
	call	getc@PLT
	cmpl	$113, %eax
	jne	.L2.kpatch
	xorl	%edi, %edi
	call	pthread_exit@PLT
.Lkpatch.cfi.2:
.LFE12.kpatch:
.Lkpatch.new_end.worker:
	.size	worker.kpatch, .-worker.kpatch
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
	.long	.Lkpatch.cfi.2-.Lkpatch.cfi.0
	.uleb128 .Lkpatch.fde_aug_end.0-.Lkpatch.fde_aug.0
.Lkpatch.fde_aug.0:
.Lkpatch.fde_aug_end.0:
	.byte	0x4
	.long	.Lkpatch.cfi.1-.Lkpatch.cfi.0
	.byte	0xe
	.uleb128 16
	.byte	0x83
	.uleb128 2
	.balign 8, 0
.Lkpatch.fde_end.0:
	.popsection
	.pushsection .kpatch.strtab,"a",@progbits
.Lkpatch.name.worker:
	.string	"worker"
	.popsection
	.pushsection .kpatch.info,"aw",@progbits
	.balign 8
	.quad	worker
	.quad	.Lkpatch.old_end.worker - worker
	.quad	worker.kpatch
	.quad	.Lkpatch.new_end.worker - worker.kpatch
	.quad	.Lkpatch.name.worker
	.quad	0
	.popsection
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
	.pushsection .kpatch.data,"aw",@progbits
.LC0.kpatch:
	.string	"b"
	.popsection
