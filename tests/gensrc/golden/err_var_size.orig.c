int buffer[4];
__attribute__((noipa)) int get(int i) { return buffer[i]; }
