# Front door: `make` builds into build/ (it never installs anything),
# `make deps` installs the Debian packages the build and the tests need,
# `make check`, `make demo` and `make install` run it first, `make coverage`
# reports which lines the tests run.
PREFIX ?= /usr/local
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# Debian packages the build and the tests need.
BUILD_DEPS = cmake gcc g++ make binutils pkg-config \
       libunwind-dev libelf-dev libdw-dev libsodium-dev gcc-12-plugin-dev
DEPS = $(BUILD_DEPS) netcat-openbsd patch file dpkg-dev libevent-dev libmemcached-tools \
       autoconf automake libtool meson systemd tcl gdb linux-perf
# check-distro also rebuilds Debian source packages the way their
# debian/rules do (libcare-pkgbuild): the packaging tools, and the build
# dependencies of the sources its tests rebuild; the fleet test runs the
# Ansible playbook (its apt module needs python3-apt).
DISTRO_DEPS = debhelper fakeroot ansible python3-apt
DISTRO_SOURCES = memcached expat
COVERAGE_DEPS = gcovr
FUZZ_DEPS = clang libclang-rt-14-dev
# the nginx test's loopback load
DEPS += curl

.PHONY: all deps distro-deps configure build check check-distro demo glibc-demo install deb clean coverage fuzz

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
	@missing=$$(for p in $(DEPS) $(EXTRA_DEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing build dependencies:" $$missing; \
		if [ "$$(id -u)" != 0 ]; then echo "error: need root to apt-get install $$missing" >&2; exit 1; fi; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# Plain `make` only builds: a missing package is named, never installed.
configure:
	@missing=$$(for p in $(BUILD_DEPS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "error: missing build dependencies:" $$missing "(run 'make deps' as root)" >&2; \
		exit 1; \
	fi
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# deps first, then the build: one after the other even under make -j.
# The tests on real Debian source packages (label distro) are check-distro's.
check: deps
	@$(MAKE) --no-print-directory build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE distro

# The build dependencies of DISTRO_SOURCES; libexpat1 is held meanwhile
# (the tests need the version the machine has, the archive has newer).
distro-deps:
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(DISTRO_DEPS)"
	@if apt-get build-dep -s $(DISTRO_SOURCES) 2>/dev/null | grep '^Inst ' >/dev/null; then \
		if [ "$$(id -u)" != 0 ]; then echo "error: need root to apt-get build-dep $(DISTRO_SOURCES)" >&2; exit 1; fi; \
		echo "installing the build dependencies of $(DISTRO_SOURCES)"; \
		held=$$(apt-mark showhold); \
		apt-mark hold libexpat1 >/dev/null; \
		DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 build-dep -y -qq $(DISTRO_SOURCES); \
		status=$$?; \
		echo "$$held" | grep -qx libexpat1 || apt-mark unhold libexpat1 >/dev/null; \
		exit $$status; \
	fi

check-distro: distro-deps
	@$(MAKE) --no-print-directory build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L distro

# The walk-through only: the build's own output is shown if it fails.
demo: deps
	@log=$$(mktemp); $(MAKE) --no-print-directory build >$$log 2>&1 || { cat $$log; rm -f $$log; exit 1; }; rm -f $$log
	@bash samples/demo.sh
	@bash samples/server-demo.sh

# The glibc walk-through (samples/glibc): Debian's own libc.so.6 patched
# live.  It builds glibc twice (the original stage cached in
# $(BUILD)/glibc-demo), so it is not part of `make demo`.  The packaging
# tools come from DISTRO_DEPS; glibc's build dependencies the script
# installs itself.
glibc-demo:
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(DISTRO_DEPS)"
	@log=$$(mktemp); $(MAKE) --no-print-directory build >$$log 2>&1 || { cat $$log; rm -f $$log; exit 1; }; rm -f $$log
	@bash samples/glibc/glibc-demo.sh

install: deps
	@$(MAKE) --no-print-directory build
	cmake --install $(BUILD)

# LibCare as a Debian package, libcare_VERSION_amd64.deb in DEB_DIR: a tree
# of its own (DEB_BUILD) configured for /usr and without the tests, so the
# build tree keeps PREFIX for `make install`.  dpkg-shlibdeps (dpkg-dev)
# computes the Depends.
DEB_BUILD ?= $(BUILD)/deb-tree
DEB_DIR ?= $(BUILD)
deb:
	@command -v dpkg-shlibdeps >/dev/null || { echo "error: dpkg-shlibdeps is missing (make deps installs dpkg-dev)" >&2; exit 1; }
	@$(MAKE) --no-print-directory build BUILD=$(DEB_BUILD) PREFIX=/usr \
		CMAKE_FLAGS="$(CMAKE_FLAGS) -DLIBCARE_TESTS=OFF"
	@mkdir -p $(DEB_DIR)
	@cd $(DEB_BUILD) && cpack -G DEB -D CPACK_OUTPUT_FILE_PREFIX=$(abspath $(DEB_DIR)) >cpack.log 2>&1 \
		|| { cat cpack.log >&2; exit 1; }
	@sed -n 's/^CPack: - package: \(.*\) generated.$$/\1/p' $(DEB_BUILD)/cpack.log

# The libFuzzer targets, built with clang in build-fuzz/, FUZZ_SECONDS each.
FUZZ_SECONDS ?= 120
fuzz:
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(FUZZ_DEPS)"
	bash tests/fuzz/run.sh $(FUZZ_SECONDS)

# An instrumented build of its own (build-coverage/), every test but the
# long benchmarks-like ones, then a line report of the tools' own code.
COVERAGE_BUILD ?= build-coverage
coverage:
	@$(MAKE) --no-print-directory deps EXTRA_DEPS="$(COVERAGE_DEPS)"
	@$(MAKE) --no-print-directory build BUILD=$(COVERAGE_BUILD) \
		CMAKE_FLAGS="$(CMAKE_FLAGS) -DLIBCARE_COVERAGE=ON"
	find $(COVERAGE_BUILD) -name '*.gcda' -delete
	-cd $(COVERAGE_BUILD) && ctest -j $(JOBS) $(COVERAGE_CTEST_FLAGS)
	mkdir -p $(COVERAGE_BUILD)/coverage
	gcovr -r . $(COVERAGE_BUILD) --filter 'common/' --filter 'linker/' --filter 'doctor/' \
		--filter 'gcc-plugin/' --exclude-unreachable-branches \
		--html-details $(COVERAGE_BUILD)/coverage/index.html \
		--txt $(COVERAGE_BUILD)/coverage/summary.txt --print-summary
	@echo "per file: $(COVERAGE_BUILD)/coverage/summary.txt, lines: $(COVERAGE_BUILD)/coverage/index.html"

clean:
	rm -rf $(BUILD) $(COVERAGE_BUILD)

.PHONY: bench bench-build
bench: build
	@bash tests/bench/stop-time.sh 1 10 100
	@bash tests/bench/call-cost.sh
	@bash tests/bench/watch-latency.sh 50
	@bash tests/bench/all-500.sh
	@bash tests/bench/gensrc-speed.sh

# What the plugin costs real builds (memcached, expat, json-c): minutes.
bench-build: build
	@bash tests/bench/build-time.sh
