# The patient library: process control under ptrace (memory, threads,
# remote system calls, stack checks).  libcare-ctl is built over it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(UNWIND_PTRACE REQUIRED IMPORTED_TARGET libunwind-ptrace)

add_library(libcare_patient STATIC
	patient.c maps.c threads.c safety.c arch/x86_64/remote.c arch/x86_64/regs.c)
target_link_libraries(libcare_patient PUBLIC libcare_common PkgConfig::UNWIND_PTRACE)
