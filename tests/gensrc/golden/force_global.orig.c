static __attribute__((noipa)) int twice(int x) { return 2 * x; }
int use(int x) { return twice(x); }
