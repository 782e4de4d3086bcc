# Toolchain file: cmake -DCMAKE_TOOLCHAIN_FILE=<this file> builds C through
# libcare-cc.  With KPATCH_STAGE unset (a plain build) libcare-cc runs the
# real compiler unchanged, so the binaries are those of a plain configure;
# libcare-patch-make then sets KPATCH_STAGE=original and =patched around
# `cmake --build`.  The real compiler is LIBCARE_CC (default gcc), read when
# the build runs.  C++ is left to the plain C++ compiler.
if(NOT LIBCARE_CC_WRAPPER)
	# installed: <prefix>/lib[/<multiarch>]/cmake/LibCare; in the source
	# tree: cmake/ beside build/bin
	find_program(LIBCARE_CC_WRAPPER libcare-cc
		HINTS "${CMAKE_CURRENT_LIST_DIR}/../../../bin" "${CMAKE_CURRENT_LIST_DIR}/../../../../bin"
		      "${CMAKE_CURRENT_LIST_DIR}/../build/bin"
		NO_CACHE)
endif()
if(NOT LIBCARE_CC_WRAPPER)
	message(FATAL_ERROR "libcare.cmake: libcare-cc not found beside this file nor in PATH")
endif()
set(CMAKE_C_COMPILER "${LIBCARE_CC_WRAPPER}")
# try_compile projects see the same compiler
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LIBCARE_CC_WRAPPER)
