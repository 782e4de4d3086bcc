int hits;
__attribute__((noipa)) void hit(void) { hits++; }
