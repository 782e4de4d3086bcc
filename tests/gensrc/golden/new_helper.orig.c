__attribute__((noipa)) int check(int len) { return len < 64; }
