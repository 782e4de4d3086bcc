// C++: a method whose hot and cold parts both have exception tables, an
// inline method and a template (COMDAT groups), a guard variable.
#include <stdexcept>
#include <string>

int lookup(int);

template <typename T> __attribute__((noinline)) T twice(T v)
{
	static volatile T factor = 2;
	return v * factor + 1;
}

struct store {
	virtual ~store() {}
	__attribute__((noinline)) const char *label() const { return plural ? "items" : "item"; }
	bool plural = false;
	std::string get(int key);
};

std::string store::get(int key)
{
	static int base = lookup(0);

	if (key < 0)
		throw std::out_of_range("bad key " + std::to_string(key));
	return std::string(label()) + " " + std::to_string(twice(key) + base);
}
