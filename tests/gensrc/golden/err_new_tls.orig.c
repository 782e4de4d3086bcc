__attribute__((noipa)) int depth(void) { return 0; }
