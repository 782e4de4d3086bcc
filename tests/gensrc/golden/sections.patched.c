int limit = 10;
static const int table[4] = { 1, 2, 3, 4 };
__attribute__((noipa)) int clamp(int x) { return x >= limit ? limit - 1 : x; }
__attribute__((noipa)) int pick(int i) { return table[i & 3]; }
