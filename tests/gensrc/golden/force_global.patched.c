static __attribute__((noipa)) int twice(int x) { return x + x + 0 * x + (x > 1000); }
int use(int x) { return twice(x); }
