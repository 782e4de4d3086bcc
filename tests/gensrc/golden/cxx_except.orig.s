	.file	"cxx_except.cc"
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"items"
.LC1:
	.string	"item"
	.text
	.align 2
	.p2align 4
	.type	_ZNK5store5labelEv.isra.0, @function
_ZNK5store5labelEv.isra.0:
.LFB1746:
	.cfi_startproc
	testb	%dil, %dil
	leaq	.LC0(%rip), %rdx
	leaq	.LC1(%rip), %rax
	cmovne	%rdx, %rax
	ret
	.cfi_endproc
.LFE1746:
	.size	_ZNK5store5labelEv.isra.0, .-_ZNK5store5labelEv.isra.0
	.section	.text._ZNSt7__cxx119to_stringEi,"axG",@progbits,_ZNSt7__cxx119to_stringEi,comdat
	.p2align 4
	.weak	_ZNSt7__cxx119to_stringEi
	.type	_ZNSt7__cxx119to_stringEi, @function
_ZNSt7__cxx119to_stringEi:
.LFB1145:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA1145
	pushq	%r14
	.cfi_def_cfa_offset 16
	.cfi_offset 14, -16
	movl	%esi, %r14d
	pushq	%r13
	.cfi_def_cfa_offset 24
	.cfi_offset 13, -24
	shrl	$31, %r14d
	movq	%rdi, %r13
	pushq	%r12
	.cfi_def_cfa_offset 32
	.cfi_offset 12, -32
	pushq	%rbp
	.cfi_def_cfa_offset 40
	.cfi_offset 6, -40
	movl	%esi, %ebp
	negl	%ebp
	pushq	%rbx
	.cfi_def_cfa_offset 48
	.cfi_offset 3, -48
	cmovs	%esi, %ebp
	cmpl	$9, %ebp
	jbe	.L7
	cmpl	$99, %ebp
	jbe	.L8
	cmpl	$999, %ebp
	jbe	.L23
	movl	%ebp, %ebx
	cmpl	$9999, %ebp
	jbe	.L33
	movl	$5, %esi
	cmpq	$99999, %rbx
	jbe	.L16
	cmpq	$999999, %rbx
	jbe	.L34
	movl	$6, %r12d
	movl	$7, %esi
	cmpq	$9999999, %rbx
	jbe	.L15
	cmpq	$99999999, %rbx
	jbe	.L25
	cmpq	$999999999, %rbx
	jbe	.L26
	movl	$9, %r12d
.L17:
	leaq	16(%r13), %rax
	leal	1(%r12,%r14), %esi
	movq	%rax, 0(%r13)
.L32:
	movl	$45, %edx
	movq	%r13, %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r14b, %edx
	leaq	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits(%rip), %rcx
	addq	0(%r13), %rdx
	jmp	.L20
	.p2align 4,,10
	.p2align 3
.L35:
	movl	%ebx, %ebx
.L20:
	imulq	$1374389535, %rbx, %rbx
	movl	%ebp, %eax
	movl	%r12d, %edi
	shrq	$37, %rbx
	imull	$100, %ebx, %esi
	subl	%esi, %eax
	movl	%ebp, %esi
	movl	%ebx, %ebp
	addl	%eax, %eax
	leal	1(%rax), %r8d
	movzbl	(%rcx,%rax), %eax
	movzbl	(%rcx,%r8), %r8d
	movb	%r8b, (%rdx,%rdi)
	leal	-1(%r12), %edi
	subl	$2, %r12d
	movb	%al, (%rdx,%rdi)
	cmpl	$9999, %esi
	ja	.L35
	cmpl	$999, %esi
	jbe	.L19
.L22:
	addl	%ebp, %ebp
	leal	1(%rbp), %eax
	movzbl	(%rcx,%rbp), %ebp
	movzbl	(%rcx,%rax), %eax
	movb	%bpl, (%rdx)
	movb	%al, 1(%rdx)
	movq	%r13, %rax
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
.L7:
	.cfi_restore_state
	leaq	16(%rdi), %rax
	movl	$45, %edx
	leal	1(%r14), %esi
	movq	%rax, (%rdi)
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r14b, %edx
	addq	0(%r13), %rdx
.L19:
	addl	$48, %ebp
	movq	%r13, %rax
	movb	%bpl, (%rdx)
	popq	%rbx
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	popq	%rbp
	.cfi_def_cfa_offset 32
	popq	%r12
	.cfi_def_cfa_offset 24
	popq	%r13
	.cfi_def_cfa_offset 16
	popq	%r14
	.cfi_def_cfa_offset 8
	ret
	.p2align 4,,10
	.p2align 3
.L26:
	.cfi_restore_state
	movl	$9, %esi
.L16:
	leal	-1(%rsi), %r12d
.L15:
	leaq	16(%r13), %rax
	addl	%r14d, %esi
	movq	%rax, 0(%r13)
	jmp	.L32
	.p2align 4,,10
	.p2align 3
.L25:
	movl	$8, %esi
	leaq	16(%r13), %rax
	movl	$7, %r12d
	movq	%rax, 0(%r13)
	addl	%r14d, %esi
	jmp	.L32
.L8:
	leaq	16(%rdi), %rax
	movl	$45, %edx
	leal	2(%r14), %esi
	movq	%rax, (%rdi)
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r14b, %edx
	leaq	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits(%rip), %rcx
	addq	0(%r13), %rdx
	jmp	.L22
.L33:
	movl	$3, %r12d
	movl	$4, %esi
	jmp	.L15
.L23:
	movl	$2, %r12d
	movl	$3, %esi
	movl	%ebp, %ebx
	jmp	.L15
.L34:
	movl	$5, %r12d
	jmp	.L17
	.cfi_endproc
.LFE1145:
	.globl	__gxx_personality_v0
	.section	.gcc_except_table._ZNSt7__cxx119to_stringEi,"aG",@progbits,_ZNSt7__cxx119to_stringEi,comdat
.LLSDA1145:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE1145-.LLSDACSB1145
.LLSDACSB1145:
.LLSDACSE1145:
	.section	.text._ZNSt7__cxx119to_stringEi,"axG",@progbits,_ZNSt7__cxx119to_stringEi,comdat
	.size	_ZNSt7__cxx119to_stringEi, .-_ZNSt7__cxx119to_stringEi
	.section	.text._Z5twiceIiET_S0_,"axG",@progbits,_Z5twiceIiET_S0_,comdat
	.p2align 4
	.weak	_Z5twiceIiET_S0_
	.type	_Z5twiceIiET_S0_, @function
_Z5twiceIiET_S0_:
.LFB1488:
	.cfi_startproc
	movl	_ZZ5twiceIiET_S0_E6factor(%rip), %eax
	imull	%edi, %eax
	ret
	.cfi_endproc
.LFE1488:
	.size	_Z5twiceIiET_S0_, .-_Z5twiceIiET_S0_
	.section	.rodata.str1.1
.LC2:
	.string	"key "
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC3:
	.string	"basic_string: construction from null is not valid"
	.section	.rodata.str1.1
.LC4:
	.string	"basic_string::append"
.LC5:
	.string	" "
	.section	.text.unlikely,"ax",@progbits
	.align 2
.LCOLDB6:
	.text
.LHOTB6:
	.align 2
	.p2align 4
	.globl	_ZN5store3getB5cxx11Ei
	.type	_ZN5store3getB5cxx11Ei, @function
_ZN5store3getB5cxx11Ei:
.LFB1225:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA1225
	pushq	%r15
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movl	%edx, %ebp
	pushq	%rbx
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	movq	%rdi, %rbx
	subq	$120, %rsp
	.cfi_def_cfa_offset 176
	movq	%rsi, (%rsp)
	movzbl	_ZGVZN5store3getB5cxx11EiE4base(%rip), %eax
	testb	%al, %al
	je	.L127
.L39:
	testl	%ebp, %ebp
	js	.L119
	movl	%ebp, %edi
	call	_Z5twiceIiET_S0_
	addl	_ZZN5store3getB5cxx11EiE4base(%rip), %eax
	movl	%eax, %r12d
	movl	%eax, %r14d
	shrl	$31, %r12d
	negl	%r14d
	cmovs	%eax, %r14d
	cmpl	$9, %r14d
	jbe	.L46
	cmpl	$99, %r14d
	jbe	.L47
	cmpl	$999, %r14d
	jbe	.L97
	movl	%r14d, %ebp
	cmpl	$9999, %r14d
	jbe	.L128
	movl	$5, %esi
	cmpq	$99999, %rbp
	jbe	.L55
	cmpq	$999999, %rbp
	jbe	.L129
	movl	$6, %r15d
	movl	$7, %esi
	cmpq	$9999999, %rbp
	jbe	.L54
	cmpq	$99999999, %rbp
	jbe	.L99
	cmpq	$999999999, %rbp
	jbe	.L100
	movl	$9, %r15d
.L56:
	leaq	80(%rsp), %rax
	movl	$45, %edx
	leaq	96(%rsp), %r13
	leal	1(%r15,%r12), %esi
	movq	%rax, %rdi
	movq	%rax, 8(%rsp)
	movq	%r13, 80(%rsp)
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r12b, %edx
	addq	80(%rsp), %rdx
.L52:
	leaq	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits(%rip), %rcx
	jmp	.L59
	.p2align 4,,10
	.p2align 3
.L130:
	movl	%ebp, %ebp
.L59:
	imulq	$1374389535, %rbp, %rbp
	movl	%r14d, %eax
	movl	%r15d, %edi
	shrq	$37, %rbp
	imull	$100, %ebp, %esi
	subl	%esi, %eax
	movl	%r14d, %esi
	movl	%ebp, %r14d
	addl	%eax, %eax
	leal	1(%rax), %r8d
	movzbl	(%rcx,%rax), %eax
	movzbl	(%rcx,%r8), %r8d
	movb	%r8b, (%rdx,%rdi)
	leal	-1(%r15), %edi
	subl	$2, %r15d
	movb	%al, (%rdx,%rdi)
	cmpl	$9999, %esi
	ja	.L130
	cmpl	$999, %esi
	jbe	.L58
.L96:
	addl	%r14d, %r14d
	leal	1(%r14), %eax
	movzbl	(%rcx,%r14), %r14d
	movzbl	(%rcx,%rax), %eax
	movb	%al, 1(%rdx)
.L60:
	movq	(%rsp), %rax
	movb	%r14b, (%rdx)
	leaq	32(%rsp), %r14
	movzbl	8(%rax), %edi
	call	_ZNK5store5labelEv.isra.0
	movq	%r14, 16(%rsp)
	movq	%rax, %r12
	leaq	16(%rsp), %rax
	movq	%rax, (%rsp)
	testq	%r12, %r12
	je	.L131
	movq	%r12, %rdi
	call	strlen@PLT
	movq	%rax, 48(%rsp)
	movq	%rax, %rbp
	cmpq	$15, %rax
	ja	.L132
	cmpq	$1, %rax
	jne	.L64
	movzbl	(%r12), %edx
	movb	%dl, 32(%rsp)
.L66:
	movq	%r14, %rdx
.L65:
	movq	%rax, 24(%rsp)
	movb	$0, (%rdx,%rax)
	movabsq	$4611686018427387903, %rax
	cmpq	%rax, 24(%rsp)
	je	.L133
	movq	(%rsp), %rdi
	movl	$1, %edx
	leaq	.LC5(%rip), %rsi
.LEHB0:
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm@PLT
.LEHE0:
	leaq	64(%rsp), %rbp
	leaq	16(%rax), %r15
	movq	%rax, %r12
	movq	%rbp, 48(%rsp)
	movq	(%rax), %rdx
	movq	8(%rax), %rax
	cmpq	%r15, %rdx
	je	.L134
	movq	%rdx, 48(%rsp)
	movq	16(%r12), %rdx
	movq	%rdx, 64(%rsp)
.L70:
	movq	%rax, 56(%rsp)
	movb	$0, 16(%r12)
	movq	$0, 8(%r12)
	movq	56(%rsp), %r8
	movq	%r15, (%r12)
	movq	88(%rsp), %rdx
	movq	48(%rsp), %rdi
	leaq	(%r8,%rdx), %rcx
	cmpq	%rbp, %rdi
	je	.L135
	movq	80(%rsp), %rax
	movq	%rax, %rsi
	cmpq	%rcx, 64(%rsp)
	jnb	.L73
	cmpq	%r13, %rax
	je	.L102
.L74:
	movq	96(%rsp), %rsi
.L75:
	cmpq	%rcx, %rsi
	jnb	.L76
	movq	%rax, %rsi
.L73:
	movabsq	$4611686018427387903, %rax
	leaq	48(%rsp), %r15
	subq	%r8, %rax
	cmpq	%rdx, %rax
	jb	.L136
	movq	%r15, %rdi
.LEHB1:
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_appendEPKcm@PLT
.LEHE1:
.L126:
	leaq	16(%rbx), %rdi
	leaq	16(%rax), %r15
	movq	%rax, %r12
	movq	%rdi, (%rbx)
	movq	(%rax), %rdx
	movq	8(%rax), %rax
	cmpq	%r15, %rdx
	je	.L137
	movq	%rdx, (%rbx)
	movq	16(%r12), %rdx
	movq	%rdx, 16(%rbx)
.L85:
	movq	%rax, 8(%rbx)
	movq	%r15, (%r12)
	movb	$0, 16(%r12)
	movq	48(%rsp), %rdi
	movq	$0, 8(%r12)
	cmpq	%rbp, %rdi
	je	.L87
	movq	64(%rsp), %rax
	leaq	1(%rax), %rsi
	call	_ZdlPvm@PLT
.L87:
	movq	16(%rsp), %rdi
	cmpq	%r14, %rdi
	je	.L88
	movq	32(%rsp), %rax
	leaq	1(%rax), %rsi
	call	_ZdlPvm@PLT
.L88:
	movq	80(%rsp), %rdi
	cmpq	%r13, %rdi
	je	.L37
	movq	96(%rsp), %rax
	leaq	1(%rax), %rsi
	call	_ZdlPvm@PLT
.L37:
	addq	$120, %rsp
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%rbx, %rax
	popq	%rbx
	.cfi_def_cfa_offset 48
	popq	%rbp
	.cfi_def_cfa_offset 40
	popq	%r12
	.cfi_def_cfa_offset 32
	popq	%r13
	.cfi_def_cfa_offset 24
	popq	%r14
	.cfi_def_cfa_offset 16
	popq	%r15
	.cfi_def_cfa_offset 8
	ret
.L46:
	.cfi_restore_state
	leaq	80(%rsp), %rdi
	movl	$45, %edx
	leaq	96(%rsp), %r13
	leal	1(%r12), %esi
	movq	%rdi, 8(%rsp)
	movq	%r13, 80(%rsp)
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r12b, %edx
	addq	80(%rsp), %rdx
	.p2align 4,,10
	.p2align 3
.L58:
	addl	$48, %r14d
	jmp	.L60
	.p2align 4,,10
	.p2align 3
.L100:
	movl	$9, %esi
.L55:
	leal	-1(%rsi), %r15d
.L54:
	leaq	80(%rsp), %rdi
	movl	$45, %edx
	leaq	96(%rsp), %r13
	addl	%r12d, %esi
	movq	%rdi, 8(%rsp)
	movq	%r13, 80(%rsp)
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r12b, %edx
	addq	80(%rsp), %rdx
	jmp	.L52
	.p2align 4,,10
	.p2align 3
.L64:
	testq	%rax, %rax
	je	.L66
	movq	%r14, %rdi
	jmp	.L63
	.p2align 4,,10
	.p2align 3
.L127:
	leaq	_ZGVZN5store3getB5cxx11EiE4base(%rip), %r13
	movq	%r13, %rdi
	call	__cxa_guard_acquire@PLT
	testl	%eax, %eax
	je	.L39
	xorl	%edi, %edi
.LEHB2:
	call	_Z6lookupi@PLT
.LEHE2:
	movq	%r13, %rdi
	movl	%eax, _ZZN5store3getB5cxx11EiE4base(%rip)
	call	__cxa_guard_release@PLT
	jmp	.L39
	.p2align 4,,10
	.p2align 3
.L132:
	leaq	48(%rsp), %r15
	movq	(%rsp), %rdi
	xorl	%edx, %edx
	movq	%r15, %rsi
.LEHB3:
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm@PLT
.LEHE3:
	movq	%rax, 16(%rsp)
	movq	%rax, %rdi
	movq	48(%rsp), %rax
	movq	%rax, 32(%rsp)
.L63:
	movq	%rbp, %rdx
	movq	%r12, %rsi
	call	memcpy@PLT
	movq	48(%rsp), %rax
	movq	16(%rsp), %rdx
	jmp	.L65
	.p2align 4,,10
	.p2align 3
.L137:
	movq	%rax, %rdx
	addq	$1, %rdx
	je	.L85
	movq	%r15, %rsi
	call	memcpy@PLT
	movq	8(%r12), %rax
	jmp	.L85
	.p2align 4,,10
	.p2align 3
.L134:
	movq	%rax, %rdx
	addq	$1, %rdx
	je	.L70
	movq	%r15, %rsi
	movq	%rbp, %rdi
	call	memcpy@PLT
	movq	8(%r12), %rax
	jmp	.L70
	.p2align 4,,10
	.p2align 3
.L76:
	movq	%rdi, %rcx
	movq	8(%rsp), %rdi
	xorl	%edx, %edx
	xorl	%esi, %esi
	leaq	48(%rsp), %r15
.LEHB4:
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm@PLT
.LEHE4:
	jmp	.L126
	.p2align 4,,10
	.p2align 3
.L99:
	movl	$7, %r15d
	movl	$8, %esi
	jmp	.L54
	.p2align 4,,10
	.p2align 3
.L135:
	movq	80(%rsp), %rsi
	movq	%rsi, %rax
	cmpq	$15, %rcx
	jbe	.L73
	cmpq	%r13, %rsi
	jne	.L74
	jmp	.L73
	.p2align 4,,10
	.p2align 3
.L102:
	movl	$15, %esi
	jmp	.L75
.L47:
	leaq	80(%rsp), %rdi
	movl	$45, %edx
	leaq	96(%rsp), %r13
	leal	2(%r12), %esi
	movq	%rdi, 8(%rsp)
	movq	%r13, 80(%rsp)
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_M_constructEmc@PLT
	movzbl	%r12b, %edx
	leaq	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits(%rip), %rcx
	addq	80(%rsp), %rdx
	jmp	.L96
.L97:
	movl	$2, %r15d
	movl	$3, %esi
	movl	%r14d, %ebp
	jmp	.L54
.L128:
	movl	$3, %r15d
	movl	$4, %esi
	jmp	.L54
.L129:
	movl	$5, %r15d
	jmp	.L56
.L136:
	leaq	.LC4(%rip), %rdi
.LEHB5:
	call	_ZSt20__throw_length_errorPKc@PLT
.LEHE5:
.L133:
	leaq	.LC4(%rip), %rdi
.LEHB6:
	call	_ZSt20__throw_length_errorPKc@PLT
.LEHE6:
.L131:
	leaq	.LC3(%rip), %rdi
.LEHB7:
	call	_ZSt19__throw_logic_errorPKc@PLT
.LEHE7:
.L103:
	movq	%rax, %rbx
	jmp	.L90
.L106:
	movq	%rax, %rbx
	jmp	.L95
.L108:
	movq	%rax, %rbx
	jmp	.L93
.L107:
	movq	%rax, %rbx
	jmp	.L94
	.section	.gcc_except_table,"a",@progbits
.LLSDA1225:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSE1225-.LLSDACSB1225
.LLSDACSB1225:
	.uleb128 .LEHB0-.LFB1225
	.uleb128 .LEHE0-.LEHB0
	.uleb128 .L107-.LFB1225
	.uleb128 0
	.uleb128 .LEHB1-.LFB1225
	.uleb128 .LEHE1-.LEHB1
	.uleb128 .L108-.LFB1225
	.uleb128 0
	.uleb128 .LEHB2-.LFB1225
	.uleb128 .LEHE2-.LEHB2
	.uleb128 .L103-.LFB1225
	.uleb128 0
	.uleb128 .LEHB3-.LFB1225
	.uleb128 .LEHE3-.LEHB3
	.uleb128 .L106-.LFB1225
	.uleb128 0
	.uleb128 .LEHB4-.LFB1225
	.uleb128 .LEHE4-.LEHB4
	.uleb128 .L108-.LFB1225
	.uleb128 0
	.uleb128 .LEHB5-.LFB1225
	.uleb128 .LEHE5-.LEHB5
	.uleb128 .L108-.LFB1225
	.uleb128 0
	.uleb128 .LEHB6-.LFB1225
	.uleb128 .LEHE6-.LEHB6
	.uleb128 .L107-.LFB1225
	.uleb128 0
	.uleb128 .LEHB7-.LFB1225
	.uleb128 .LEHE7-.LEHB7
	.uleb128 .L106-.LFB1225
	.uleb128 0
.LLSDACSE1225:
	.text
	.cfi_endproc
	.section	.text.unlikely
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDAC1225
	.type	_ZN5store3getB5cxx11Ei.cold, @function
_ZN5store3getB5cxx11Ei.cold:
.LFSB1225:
.L119:
	.cfi_def_cfa_offset 176
	.cfi_offset 3, -56
	.cfi_offset 6, -48
	.cfi_offset 12, -40
	.cfi_offset 13, -32
	.cfi_offset 14, -24
	.cfi_offset 15, -16
	movl	$16, %edi
	leaq	48(%rsp), %r15
	call	__cxa_allocate_exception@PLT
	movl	%ebp, %esi
	movq	%r15, %rdi
	movq	%rax, %r12
	call	_ZNSt7__cxx119to_stringEi
	movl	$4, %r8d
	xorl	%edx, %edx
	xorl	%esi, %esi
	leaq	.LC2(%rip), %rcx
	movq	%r15, %rdi
.LEHB8:
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm@PLT
.LEHE8:
	leaq	96(%rsp), %rdi
	leaq	16(%rax), %rbp
	movq	%rax, %rbx
	movq	%rdi, 80(%rsp)
	movq	(%rax), %rdx
	movq	8(%rax), %rax
	cmpq	%rbp, %rdx
	jne	.L42
	movq	%rax, %rdx
	addq	$1, %rdx
	jne	.L138
.L43:
	movq	%rax, 88(%rsp)
	xorl	%eax, %eax
	movq	%r12, %rdi
	movq	%rax, 8(%rbx)
	leaq	80(%rsp), %rax
	movq	%rbp, (%rbx)
	movq	%rax, %rsi
	movb	$0, 16(%rbx)
	movq	%rax, 8(%rsp)
.LEHB9:
	call	_ZNSt12out_of_rangeC1ERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE@PLT
.LEHE9:
	movq	8(%rsp), %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
	movq	%r15, %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
	movq	_ZNSt12out_of_rangeD1Ev@GOTPCREL(%rip), %rdx
	leaq	_ZTISt12out_of_range(%rip), %rsi
	movq	%r12, %rdi
.LEHB10:
	call	__cxa_throw@PLT
.L90:
	movq	%r13, %rdi
	call	__cxa_guard_abort@PLT
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.L93:
	movq	%r15, %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
.L94:
	movq	(%rsp), %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
.L95:
	movq	8(%rsp), %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.L42:
	movq	%rdx, 80(%rsp)
	movq	16(%rbx), %rax
	movq	%rax, 96(%rsp)
	movq	8(%rbx), %rax
	jmp	.L43
.L104:
	movq	%rax, %rbx
.L92:
	movq	%r15, %rdi
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
	movq	%r12, %rdi
	call	__cxa_free_exception@PLT
	movq	%rbx, %rdi
	call	_Unwind_Resume@PLT
.LEHE10:
.L138:
	movq	%rbp, %rsi
	call	memcpy@PLT
	movq	8(%rbx), %rax
	jmp	.L43
.L105:
	movq	8(%rsp), %rdi
	movq	%rax, %rbx
	call	_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_disposeEv@PLT
	jmp	.L92
	.cfi_endproc
.LFE1225:
	.section	.gcc_except_table
.LLSDAC1225:
	.byte	0xff
	.byte	0xff
	.byte	0x1
	.uleb128 .LLSDACSEC1225-.LLSDACSBC1225
.LLSDACSBC1225:
	.uleb128 .LEHB8-.LCOLDB6
	.uleb128 .LEHE8-.LEHB8
	.uleb128 .L104-.LCOLDB6
	.uleb128 0
	.uleb128 .LEHB9-.LCOLDB6
	.uleb128 .LEHE9-.LEHB9
	.uleb128 .L105-.LCOLDB6
	.uleb128 0
	.uleb128 .LEHB10-.LCOLDB6
	.uleb128 .LEHE10-.LEHB10
	.uleb128 0
	.uleb128 0
.LLSDACSEC1225:
	.section	.text.unlikely
	.text
	.size	_ZN5store3getB5cxx11Ei, .-_ZN5store3getB5cxx11Ei
	.section	.text.unlikely
	.size	_ZN5store3getB5cxx11Ei.cold, .-_ZN5store3getB5cxx11Ei.cold
.LCOLDE6:
	.text
.LHOTE6:
	.weak	_ZZ5twiceIiET_S0_E6factor
	.section	.data._ZZ5twiceIiET_S0_E6factor,"awG",@progbits,_ZZ5twiceIiET_S0_E6factor,comdat
	.align 4
	.type	_ZZ5twiceIiET_S0_E6factor, @gnu_unique_object
	.size	_ZZ5twiceIiET_S0_E6factor, 4
_ZZ5twiceIiET_S0_E6factor:
	.long	2
	.weak	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits
	.section	.rodata._ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits,"aG",@progbits,_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits,comdat
	.align 32
	.type	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, @gnu_unique_object
	.size	_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits, 201
_ZZNSt8__detail18__to_chars_10_implIjEEvPcjT_E8__digits:
	.string	"00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
	.local	_ZGVZN5store3getB5cxx11EiE4base
	.comm	_ZGVZN5store3getB5cxx11EiE4base,8,8
	.local	_ZZN5store3getB5cxx11EiE4base
	.comm	_ZZN5store3getB5cxx11EiE4base,4,4
	.hidden	DW.ref.__gxx_personality_v0
	.weak	DW.ref.__gxx_personality_v0
	.section	.data.rel.local.DW.ref.__gxx_personality_v0,"awG",@progbits,DW.ref.__gxx_personality_v0,comdat
	.align 8
	.type	DW.ref.__gxx_personality_v0, @object
	.size	DW.ref.__gxx_personality_v0, 8
DW.ref.__gxx_personality_v0:
	.quad	__gxx_personality_v0
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
