# find_package(LibCare): LibCare's tools for a CMake project.
#
#   LibCare_FOUND, LibCare_VERSION
#   LibCare_TOOLCHAIN_FILE       the toolchain file (configure with it)
#   LibCare::cc, LibCare::patch_make, LibCare::ctl, LibCare::build
#                                imported executables: libcare-cc,
#                                libcare-patch-make, libcare-ctl, kpatch_build
#   libcare_add_livepatch(<target> PATCHES <file>... [ID <id>]
#                         [SOURCE_DIR <dir>] [OUTPUT_DIR <dir>] [CLEAN])
#       adds a target that runs libcare-patch-make on this build tree:
#       `cmake --build . --target <target>` writes <OUTPUT_DIR>/patchroot/
#       (default ${CMAKE_BINARY_DIR}/<target>).  Build it on its own: it
#       builds this tree twice itself.  The tree must be configured with
#       LibCare_TOOLCHAIN_FILE.
# LibCare_VERSION comes from LibCareConfigVersion.cmake when installed
if(NOT LibCare_VERSION)
	set(LibCare_VERSION 0.1.0)
endif()
set(LibCare_TOOLCHAIN_FILE "${CMAKE_CURRENT_LIST_DIR}/libcare.cmake")
set(_libcare_hints "${CMAKE_CURRENT_LIST_DIR}/../../../bin" "${CMAKE_CURRENT_LIST_DIR}/../../../../bin"
	"${CMAKE_CURRENT_LIST_DIR}/../build/bin")
foreach(_libcare_tool cc:libcare-cc patch_make:libcare-patch-make ctl:libcare-ctl build:kpatch_build)
	string(REPLACE ":" ";" _libcare_pair "${_libcare_tool}")
	list(GET _libcare_pair 0 _libcare_name)
	list(GET _libcare_pair 1 _libcare_program)
	find_program(LibCare_${_libcare_name}_EXECUTABLE ${_libcare_program} HINTS ${_libcare_hints})
	if(NOT LibCare_${_libcare_name}_EXECUTABLE)
		set(LibCare_FOUND FALSE)
		set(LibCare_NOT_FOUND_MESSAGE "${_libcare_program} not found beside ${CMAKE_CURRENT_LIST_DIR} nor in PATH")
		return()
	endif()
	if(NOT TARGET LibCare::${_libcare_name})
		add_executable(LibCare::${_libcare_name} IMPORTED)
		set_target_properties(LibCare::${_libcare_name} PROPERTIES
			IMPORTED_LOCATION "${LibCare_${_libcare_name}_EXECUTABLE}")
	endif()
endforeach()
set(LibCare_FOUND TRUE)

function(libcare_add_livepatch target)
	cmake_parse_arguments(PARSE_ARGV 1 arg "CLEAN" "ID;SOURCE_DIR;OUTPUT_DIR" "PATCHES")
	if(NOT arg_PATCHES)
		message(FATAL_ERROR "libcare_add_livepatch(${target}): no PATCHES")
	endif()
	if(NOT arg_SOURCE_DIR)
		set(arg_SOURCE_DIR "${CMAKE_SOURCE_DIR}")
	endif()
	if(NOT arg_OUTPUT_DIR)
		set(arg_OUTPUT_DIR "${CMAKE_BINARY_DIR}/${target}")
	endif()
	if(NOT CMAKE_C_COMPILER MATCHES "libcare-cc$")
		message(WARNING "libcare_add_livepatch(${target}): configure with "
			"-DCMAKE_TOOLCHAIN_FILE=${LibCare_TOOLCHAIN_FILE}, or '${target}' fails")
	endif()
	set(options --srcdir "${arg_SOURCE_DIR}" --builddir "${CMAKE_BINARY_DIR}" --build-system cmake)
	if(arg_CLEAN)
		list(APPEND options --clean)
	endif()
	if(arg_ID)
		list(APPEND options -i "${arg_ID}")
	endif()
	file(MAKE_DIRECTORY "${arg_OUTPUT_DIR}")
	add_custom_target(${target}
		COMMAND LibCare::patch_make ${options} ${arg_PATCHES}
		WORKING_DIRECTORY "${arg_OUTPUT_DIR}"
		COMMENT "Building live patches into ${arg_OUTPUT_DIR}/patchroot"
		USES_TERMINAL VERBATIM)
endfunction()
