/* An assembly source: glc_sum(a, b) = a + 2 * b. */
	.text
	.globl	glc_sum
	.type	glc_sum, @function
glc_sum:
	leal	(%rdi,%rsi,2), %eax
	ret
	.size	glc_sum, .-glc_sum
	.section .note.GNU-stack,"",@progbits
