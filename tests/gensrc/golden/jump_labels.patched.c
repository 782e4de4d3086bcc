__attribute__((noipa)) int sign(int x) { if (x < -100) return -2; if (x < 0) return -1; if (x > 100) return 2; return x > 0; }
__attribute__((noipa)) int sum(int *v, int n) { int s = 0; for (int i = 0; i < n; i++) if (v[i] > 0) s += v[i]; return s; }
