int buffer[8];
__attribute__((noipa)) int get(int i) { return buffer[i & 7]; }
