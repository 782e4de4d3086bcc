# Front door: `make` builds into build/, `make check` runs every test,
# `make demo` runs the walk-through, `make install` installs (PREFIX).
PREFIX ?= /usr/local
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# Debian packages the build and the tests need.
DEPS = cmake gcc g++ make binutils \
       libunwind-dev gcc-12-plugin-dev netcat-openbsd patch file \
       dpkg-dev libevent-dev libmemcached-tools pkg-config

.PHONY: all deps configure build check demo install clean

all: build

# `apt-get source` (the memcached test) needs a deb-src entry beside the deb one.
DEB_SRC = /etc/apt/sources.list.d/libcare-deb-src.sources

deps:
	@if [ "$$(id -u)" = 0 ] && ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/ \
		&& [ -f /etc/apt/sources.list.d/debian.sources ]; then \
		echo "adding a deb-src entry: $(DEB_SRC)"; \
		sed 's/^Types: deb$$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources >$(DEB_SRC); \
		apt-get update -qq; \
	fi
	@missing=$$(for p in $(DEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing build dependencies:" $$missing; \
		if [ "$$(id -u)" != 0 ]; then echo "error: need root to apt-get install $$missing" >&2; exit 1; fi; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

check: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	@bash samples/demo.sh
	@bash samples/server-demo.sh

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD)

.PHONY: bench
bench: build
	@bash tests/bench/stop-time.sh 1 10 100
	@bash tests/bench/call-cost.sh
