int hits;
int misses = 3;
static long total;
__attribute__((noipa)) void hit(void) { hits++; misses--; total += 2; }
