#include "tag.h"

std::string other(int n)
{
	return tag(n + 1);
}
