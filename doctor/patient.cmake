# The patient library: process control under ptrace (memory, threads,
# remote system calls, stack checks).  libcare-ctl is built over it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(UNWIND_PTRACE REQUIRED IMPORTED_TARGET libunwind-ptrace)

# Calls go one way, each file only to those listed before it: memory.c
# (the patient, its memory, "gone"); threads.c and maps.c over it; the arch
# code (registers by tid and instruction bytes, no struct patient); cbpf.c
# and seccomp.c (reading and running a thread's filters) over threads;
# remote.c and safety.c over those; lock.c (one doctor per process) and
# patient.c (open, close, write) on top.
add_library(libcare_patient STATIC
	memory.c threads.c maps.c arch/x86_64/regs.c arch/x86_64/sigframe.c
	arch/x86_64/remote.c cbpf.c seccomp.c remote.c remote_call.c safety.c
	lock.c procinfo.c patient.c)
target_link_libraries(libcare_patient PUBLIC libcare_common PkgConfig::UNWIND_PTRACE)
