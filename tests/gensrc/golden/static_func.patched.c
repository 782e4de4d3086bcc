static __attribute__((noipa)) int scale(int x) { return x * 3; }
int apply(int x) { return scale(x) + 1; }
