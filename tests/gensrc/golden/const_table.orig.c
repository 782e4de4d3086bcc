static const char *const names[] = { "zero", "one", "two" };
__attribute__((noipa)) const char *name(unsigned i) { return i < 3 ? names[i] : "?"; }
