/*
 * A signal handler in C without unwind information: this file is built
 * with -fno-asynchronous-unwind-tables -fno-unwind-tables and without
 * frame pointers, so libunwind can only guess past it.  Spins as long as
 * spin_handler does.
 */
extern volatile long spin_loops;

void spin_handler_c(int sig)
{
	(void)sig;
	for (long i = spin_loops; i > 0; i--)
		__asm__ volatile("pause");
}
