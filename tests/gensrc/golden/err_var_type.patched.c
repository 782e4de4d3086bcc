int mode = 3;
__attribute__((noipa)) int get_mode(void) { return *(volatile int *)&mode; }
