extern int f0(int), f1(int), f2(int), f3(int), f4(int), f5(int);
__attribute__((noipa)) int code(int x) {
	switch (x) {
	case 0: return f0(x) + 1; case 1: return f1(x) * 3; case 2: return f2(x) - 7;
	case 3: return f3(x) ^ 5; case 4: return f4(x) << 2; case 5: return f5(x) | 9;
	default: return -1;
	}
}
__attribute__((noipa)) int kind(int x) {
	switch (x) {
	case 0: return f5(x) + 1; case 1: return f4(x) * 3; case 2: return f3(x) - 7;
	case 3: return f2(x) ^ 5; case 4: return f1(x) << 2; case 5: return f0(x) | 9;
	default: return 0;
	}
}
