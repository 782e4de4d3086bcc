# A small patch object as kpatch_strip --undo-link leaves it: foo is
# SHN_ABS (the original function), foo.kpatch its new version calling
# printf through the jump table and using a string by absolute address
# (R_X86_64_32, as -no-pie code at -O0 does) and PC-relatively.
	.globl	foo
	foo = 0x1126
	.section .kpatch.text,"ax",@progbits
	.globl	foo.kpatch
	.type	foo.kpatch, @function
foo.kpatch:
	movl	$.LC0, %edi
	leaq	.LC0(%rip), %rsi
	movq	counter@GOTPCREL(%rip), %rax
	call	printf@PLT
	ret
.Lend:
	.size	foo.kpatch, .-foo.kpatch
	.section .kpatch.data,"aw",@progbits
.LC0:
	.string	"hello"
	.section .kpatch.strtab,"a",@progbits
.Lname:
	.string	"foo"
	.section .kpatch.info,"aw",@progbits
	.quad	foo, 16, foo.kpatch, .Lend - foo.kpatch, .Lname, 0
	.section .kpatch.bss,"aw",@nobits
counter:
	.zero	8
	# the proof of fit kpatch_strip --rel-fixup writes: foo's link-time
	# address and size, foo.kpatch at offset 0 of .kpatch.text, a digest
	.section .kpatch.digests,"",@progbits
	.quad	0x1126, 16, 0, .Lend - foo.kpatch
	.zero	32
