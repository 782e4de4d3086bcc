/* The patient: calls libglc under both versions of glc_message. */
#include <stdio.h>
#include <unistd.h>

const char *glc_message(const char *text);
const char *glc_message_old(const char *text);
__asm__(".symver glc_message_old, glc_message@GLC_1");
int glc_level(void);
int glc_level_old(void);
__asm__(".symver glc_level_old, glc_level@GLC_1");
int glc_count(void);
int glc_count_weak(void);
int glc_report(void);
int glc_tls_last(void);
const char *glc_abort_msg(void);
int glc_sum(int a, int b);

int main(void)
{
	for (;;) {
		printf("v2 %s\n", glc_message("hello, world of patches"));
		printf("abort %s\n", glc_abort_msg());
		printf("v1 %s\n", glc_message_old("hi"));
		printf("count %d %d %d\n", glc_count() < 0, glc_count_weak() < 0, glc_report() < 0);
		printf("tls %d\n", glc_tls_last());
		printf("level %d %d\n", glc_level_old(), glc_level());
		printf("sum %d\n", glc_sum(2, 3));
		fflush(stdout);
		usleep(20000);
	}
}
