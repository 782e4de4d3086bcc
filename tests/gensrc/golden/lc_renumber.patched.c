#include <stdio.h>
__attribute__((noipa)) void first(void) { puts("first"); puts("first, again"); }
__attribute__((noipa)) void second(void) { puts("second"); printf("%s-%d\n", "x", 2); }
