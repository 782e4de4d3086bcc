# Toolchain file: cmake -DCMAKE_TOOLCHAIN_FILE=<this file> builds C through
# libcare-cc and C++ through libcare-c++.  With KPATCH_STAGE unset (a plain
# build) they run the real compiler unchanged, so the binaries are those of
# a plain configure; libcare-patch-make then sets KPATCH_STAGE=original and
# =patched around `cmake --build`.  The real compilers are LIBCARE_CC
# (default gcc) and LIBCARE_CXX (default g++), read when the build runs.
if(NOT LIBCARE_CC_WRAPPER)
	# in the source tree: cmake/ beside build/bin (first: from the tree,
	# ../../../bin is /bin, where an installed LibCare may be); installed:
	# <prefix>/lib[/<multiarch>]/cmake/LibCare
	find_program(LIBCARE_CC_WRAPPER libcare-cc
		HINTS "${CMAKE_CURRENT_LIST_DIR}/../build/bin" "${CMAKE_CURRENT_LIST_DIR}/../../../bin"
		      "${CMAKE_CURRENT_LIST_DIR}/../../../../bin"
		NO_CACHE)
endif()
if(NOT LIBCARE_CC_WRAPPER)
	message(FATAL_ERROR "libcare.cmake: libcare-cc not found beside this file nor in PATH")
endif()
set(CMAKE_C_COMPILER "${LIBCARE_CC_WRAPPER}")
# libcare-c++ sits beside libcare-cc
get_filename_component(_libcare_bindir "${LIBCARE_CC_WRAPPER}" DIRECTORY)
if(EXISTS "${_libcare_bindir}/libcare-c++")
	set(CMAKE_CXX_COMPILER "${_libcare_bindir}/libcare-c++")
endif()
# try_compile projects see the same compiler
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES LIBCARE_CC_WRAPPER)
