static __attribute__((noipa)) int in_range(int len) { return len >= 0 && len < 64; }
__attribute__((noipa)) int check(int len) { return in_range(len); }
