int limit = 6;
__attribute__((noipa)) int over(int x) { return x > limit; }
