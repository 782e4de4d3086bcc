static __attribute__((noipa)) int scale(int x) { return x * 2; }
int apply(int x) { return scale(x) + 1; }
