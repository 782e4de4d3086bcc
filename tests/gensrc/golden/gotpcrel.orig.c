int counter;
extern int shared;
__attribute__((noipa)) int bump(int x) { counter += x; return counter + shared; }
