/*
 * A patient that maps the system's libexpat.so.1: on every SIGUSR1 a child
 * stops an unstarted parser and resumes it (CVE-2024-50602's crash); the
 * parent prints what became of the child, so it survives the crash.
 */
#include <expat.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t asked;

static void on_usr1(int sig)
{
	(void)sig;
	asked = 1;
}

static void stop_and_resume(void)
{
	XML_Parser p = XML_ParserCreate(NULL);

	XML_GetBuffer(p, 1);
	if (XML_StopParser(p, XML_TRUE) == XML_STATUS_ERROR) {
		printf("stop refused: %s\n", XML_ErrorString(XML_GetErrorCode(p)));
		_exit(0);
	}
	XML_ResumeParser(p);
	printf("resumed\n");
	_exit(0);
}

int main(void)
{
	sigset_t block, old;
	int status;
	pid_t pid;

	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGUSR1, on_usr1);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, &old);
	printf("ready\n");
	for (;;) {
		while (!asked)
			sigsuspend(&old);
		asked = 0;
		pid = fork();
		if (pid == 0)
			stop_and_resume();
		if (pid < 0 || waitpid(pid, &status, 0) < 0) {
			printf("fork failed\n");
			continue;
		}
		if (WIFSIGNALED(status))
			printf("crashed: %s\n", strsignal(WTERMSIG(status)));
		else
			printf("child exited %d\n", WEXITSTATUS(status));
	}
}
