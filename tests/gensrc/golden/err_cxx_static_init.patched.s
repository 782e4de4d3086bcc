	.file	"err_cxx_static_init.cc"
	.text
	.p2align 4
	.globl	_Z5greetv
	.type	_Z5greetv, @function
_Z5greetv:
.LFB1165:
	.cfi_startproc
	movq	_Z8greetingB5cxx11(%rip), %rax
	ret
	.cfi_endproc
.LFE1165:
	.size	_Z5greetv, .-_Z5greetv
	.section	.text.startup,"ax",@progbits
	.p2align 4
	.type	_GLOBAL__sub_I__Z8greetingB5cxx11, @function
_GLOBAL__sub_I__Z8greetingB5cxx11:
.LFB1666:
	.cfi_startproc
	leaq	16+_Z8greetingB5cxx11(%rip), %rax
	movq	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEED1Ev@GOTPCREL(%rip), %rdi
	leaq	__dso_handle(%rip), %rdx
	movl	$1685548904, 16+_Z8greetingB5cxx11(%rip)
	leaq	-16(%rax), %rsi
	movq	%rax, _Z8greetingB5cxx11(%rip)
	movb	$121, 20+_Z8greetingB5cxx11(%rip)
	movq	$5, 8+_Z8greetingB5cxx11(%rip)
	movb	$0, 21+_Z8greetingB5cxx11(%rip)
	jmp	__cxa_atexit@PLT
	.cfi_endproc
.LFE1666:
	.size	_GLOBAL__sub_I__Z8greetingB5cxx11, .-_GLOBAL__sub_I__Z8greetingB5cxx11
	.section	.init_array,"aw"
	.align 8
	.quad	_GLOBAL__sub_I__Z8greetingB5cxx11
	.globl	_Z8greetingB5cxx11
	.bss
	.align 32
	.type	_Z8greetingB5cxx11, @object
	.size	_Z8greetingB5cxx11, 32
_Z8greetingB5cxx11:
	.zero	32
	.hidden	__dso_handle
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
