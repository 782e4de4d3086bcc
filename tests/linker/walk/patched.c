#include <stdio.h>
#include <unistd.h>

void i_m_being_patched(void)
{
	printf("you patched my %s\n", "tralala");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	while (1) {
		i_m_being_patched();
		sleep(1);
	}
}
