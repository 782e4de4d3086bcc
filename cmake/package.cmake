# LibCare as one Debian package, libcare_VERSION_ARCH.deb (`make deb`): CPack's
# DEB generator packs what the install() rules of every part install, under
# /usr, so a part that adds an install() rule is in the package with nothing
# to change here.  Included last by the top CMakeLists.txt.

# The doctor reads its keys and policy from /etc/libcare whatever the prefix,
# and patch packages drop their patches under /var/lib/libcare/patches.  The
# package owns both directories, empty: dpkg then keeps a key the admin put
# there when the package goes, and never asks about a conffile nobody edited.
# A prefix other than /usr (`make install` into /usr/local) leaves /etc and
# /var alone.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
	install(DIRECTORY DESTINATION /etc/libcare/keys)
	install(DIRECTORY DESTINATION /var/lib/libcare/patches)
	# every Debian package states its licence here
	install(FILES ${CMAKE_SOURCE_DIR}/docs/copyright DESTINATION share/doc/libcare)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME libcare)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "LibCare maintainers <libcare@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "live patching of running userspace programs")
set(CPACK_PACKAGE_DESCRIPTION "LibCare turns a fix to C source into a binary patch and applies it
to running processes over ptrace, without restarting them: the GCC plugin
(gcc -fplugin=libcare), the post-link tools kpatch_strip, kpatch_make and
kpatch_build, the wrappers libcare-cc and libcare-patch-make, and
libcare-ctl, which patches, unpatches and lists live processes.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# libc, libelf, libsodium, libunwind, libstdc++: from the ELF files themselves
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# The plugin loads only into the GCC it was built against (it checks the
# version GCC reports), and libcare-cc and libcare-patch-make call gcc, make,
# patch, readelf and file.
string(REGEX MATCH "^[0-9]+" _libcare_gcc_major "${CMAKE_C_COMPILER_VERSION}")
set(_libcare_gcc gcc-${_libcare_gcc_major})
execute_process(COMMAND dpkg-query -W -f=\${Version} ${_libcare_gcc}
	OUTPUT_VARIABLE _libcare_gcc_version RESULT_VARIABLE _libcare_rc ERROR_QUIET)
if(_libcare_rc EQUAL 0 AND _libcare_gcc_version)
	set(_libcare_gcc "${_libcare_gcc} (>= ${_libcare_gcc_version})")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_libcare_gcc}, gcc, binutils")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "make, patch, file")

# Maintainer scripts (postinst, prerm...): a part that needs one adds it with
#   set_property(GLOBAL APPEND PROPERTY LIBCARE_DEB_CONTROL_EXTRA <file>)
# and it goes into the package's control archive as it is.
get_property(_libcare_control_extra GLOBAL PROPERTY LIBCARE_DEB_CONTROL_EXTRA)
if(_libcare_control_extra)
	set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${_libcare_control_extra}")
	set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

# DESTDIR staging: the plugin's directory is absolute (GCC's own), and must
# land in the package, not on the building machine.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
	OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/deb)

# What was configured into files (paths in scripts and units) must agree
# with where the package puts them: refuse a tree configured for another
# prefix instead of shipping /usr/local paths in a /usr package.
set(LIBCARE_CONFIGURED_PREFIX "${CMAKE_INSTALL_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/package-check.cmake.in
	${CMAKE_BINARY_DIR}/package-check.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/package-check.cmake)

include(CPack)
