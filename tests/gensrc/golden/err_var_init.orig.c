int limit = 5;
__attribute__((noipa)) int over(int x) { return x > limit; }
