__attribute__((noipa)) int tick(void) { static int count; return count += 2; }
__attribute__((noipa)) int tock(void) { static int count = 10; return count--; }
__attribute__((noipa)) int tack(void) { static int count = 4; return count++; }
