// A C++ shared library: a function that may throw, a template, a guard
// variable.  The fix changes what it returns and what it throws.
#include <stdexcept>
#include <string>
struct bad : std::runtime_error { bad(const std::string &w) : std::runtime_error(w) {} };
template <typename T> __attribute__((noinline)) T twice(T v) { static volatile T f = 2; return v * f; }
std::string answer(int n)
{
	static int base = n;
	if (n < 0)
		throw bad("refused");
	return "LIB " + std::to_string(twice(n) + base);
}
