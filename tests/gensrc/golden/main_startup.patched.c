#include <stdio.h>
int main(int argc, char **argv) { printf("%d args, %s\n", argc, argv[0]); return argc > 5; }
