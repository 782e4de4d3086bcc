/* main never returns: its .kpatch.info entry carries KPATCH_INFO_NORETURN */
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	for (;;) {
		printf("b\n");
		usleep(1000);
	}
}
