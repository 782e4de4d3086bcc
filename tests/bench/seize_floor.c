/*
 * The floor for a patient's stop: seize and interrupt every thread, wait
 * for each to stop, detach them all.  The least any ptrace-based doctor
 * must do.  Usage: seize_floor PID
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
	char path[64];
	pid_t tids[4096];
	int n = 0, status;
	struct dirent *d;
	DIR *dir;

	if (argc != 2)
		return 2;
	snprintf(path, sizeof(path), "/proc/%s/task", argv[1]);
	dir = opendir(path);
	if (!dir) {
		perror(path);
		return 1;
	}
	while ((d = readdir(dir)) && n < 4096)
		if (d->d_name[0] != '.')
			tids[n++] = atoi(d->d_name);
	closedir(dir);
	for (int i = 0; i < n; i++) {
		if (ptrace(PTRACE_SEIZE, tids[i], 0, 0) || ptrace(PTRACE_INTERRUPT, tids[i], 0, 0)) {
			perror("ptrace");
			return 1;
		}
	}
	for (int i = 0; i < n; i++)
		if (waitpid(tids[i], &status, __WALL) < 0)
			perror("waitpid");
	for (int i = 0; i < n; i++)
		ptrace(PTRACE_DETACH, tids[i], 0, 0);
	return 0;
}
