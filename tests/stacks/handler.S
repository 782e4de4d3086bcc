/*
 * Code without unwind information, as a handler written in assembly has:
 * no CFI directives, and %rbp cleared so that a walk by frame pointers
 * believes the stack ends here.  spin_handler spins spin_loops times;
 * spin_hold spins while hold is set.
 */
	.text
	.globl	spin_handler
	.type	spin_handler, @function
spin_handler:
	push	%rbp
	xor	%ebp, %ebp
	mov	spin_loops(%rip), %rcx
1:	pause
	dec	%rcx
	jnz	1b
	pop	%rbp
	ret
	.size	spin_handler, .-spin_handler

	.globl	spin_hold
	.type	spin_hold, @function
spin_hold:
	push	%rbp
	xor	%ebp, %ebp
1:	pause
	cmpl	$0, hold(%rip)
	jne	1b
	pop	%rbp
	ret
	.size	spin_hold, .-spin_hold

	.section .note.GNU-stack, "", @progbits
