/*
 * The vulnerable server of the walk-through: handle_connection() passes
 * the wrong size to recv(2), so a client can overwrite its return address.
 * Listens on 127.0.0.1:3345 (or the port in $SERVER_PORT).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static jmp_buf serve_again;
static int current_sock = -1;

/* What an attacker wants to run.  It realigns its own stack and goes back
 * to serving, so the demo can go on with the same process. */
void __attribute__((force_align_arg_pointer, noinline)) you_hacked_me(void)
{
	fprintf(stdout, "You hacked me!\n");
	close(current_sock);
	longjmp(serve_again, 1);
}

void handle_connection(int sock)
{
	char buf[16] = "";

	(void) recv(sock, buf, 128, 0); // bug is here
	fprintf(stdout, "Got %s\n", buf);
	close(sock);
}

int main(void)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	const char *port = getenv("SERVER_PORT");
	int one = 1, listener;

	setvbuf(stdout, NULL, _IOLBF, 0);
	addr.sin_port = htons(port ? atoi(port) : 3345);
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	listener = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(listener, (struct sockaddr *)&addr, sizeof(addr)) || listen(listener, 16)) {
		perror("server");
		return 1;
	}
	setjmp(serve_again);
	for (;;) {
		current_sock = accept(listener, NULL, NULL);
		if (current_sock >= 0)
			handle_connection(current_sock);
	}
}
