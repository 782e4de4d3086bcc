int counter;
extern int shared;
__attribute__((noipa)) int bump(int x) { counter += x * 2; shared++; return counter + shared; }
