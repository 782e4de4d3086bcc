// A namespace-scope object's initialiser runs once, at startup: a fix to
// it cannot reach a running process, and is refused.
#include <string>

std::string greeting = "howdy";

const char *greet()
{
	return greeting.c_str();
}
