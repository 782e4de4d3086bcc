#include <stdio.h>
__attribute__((noipa)) void greet(int n) { printf("hello, patched %d\n", n); }
int main(void) { greet(1); return 0; }
