// A small C++ server: a request handler whose method may throw, std::string
// replies, exceptions caught in main, a template and function-local
// statics.  "prog" answers request 21 in a loop; "prog throw" sends bad
// requests and counts what main catches.
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <unistd.h>

struct bad_request : std::runtime_error {
	explicit bad_request(const std::string &what) : std::runtime_error(what) {}
};

// a template instantiated here: its code and its static are COMDAT groups
template <typename T> __attribute__((noinline)) T scale(T v)
{
	static volatile T factor = 2;
	return v * factor;
}

template <typename T> struct tally {
	T total = 0;
	void add(T v) { total += v; }
};

class handler {
public:
	virtual ~handler() {}
	virtual std::string reply(int n);
	__attribute__((noinline)) int guarded(int n);
	// an inline method: a COMDAT group too
	__attribute__((noinline)) const char *name() const { return "reply"; }

private:
	int served_ = 0;
};

static int first_seen()
{
	static int calls;
	return ++calls;
}

std::string handler::reply(int n)
{
	// a guard variable: the id is computed once, in the running process
	static int id = first_seen();
	static tally<long> sum;

	if (n < 0)
		throw bad_request("negative request " + std::to_string(n));
	served_++;
	sum.add(n);
	return std::string(name()) + " " + std::to_string(scale(n)) + " id " + std::to_string(id);
}

static __attribute__((noinline)) int check(int n)
{
	if (n < 0)
		throw bad_request("negative check");
	return n;
}

// catches what it calls throws: its exception table has a type table
// (the fix adds a library type, std::out_of_range, the original never names)
int handler::guarded(int n)
{
	try {
		return check(n);
	} catch (const bad_request &) {
		return -1;
	}
}

int main(int argc, char **argv)
{
	handler h;
	bool throwing = argc > 1 && !strcmp(argv[1], "throw");
	long caught = 0;

	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		try {
			std::string r = h.reply(throwing ? -1 : 21);
			printf("%s %d\n", r.c_str(), h.guarded(-5));
		} catch (const bad_request &e) {
			// every 500th, so that a test sees thousands go by
			if (caught++ % 500 == 0)
				printf("caught %s\n", e.what());
		}
		if (!throwing)
			usleep(20000);
		else if (caught % 500 == 0)
			usleep(2000);
	}
}
