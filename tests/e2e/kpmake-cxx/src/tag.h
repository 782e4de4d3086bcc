// An inline function in a header: both units compile it, in a COMDAT
// group each, and a fix to it changes both.
#include <string>

inline __attribute__((noinline)) std::string tag(int n)
{
	return "tag" + std::to_string(n);
}

std::string other(int n);
