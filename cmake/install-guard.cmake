# `make install` and the libcare Debian package put the GCC plugin in the
# same file, in GCC's own plugin directory.  An install that is not staged
# (no DESTDIR: not the package being built) refuses to replace the file the
# package owns: `dpkg -r libcare` would later delete the plugin it wrote.
# Included before the parts, so that it runs before any file is installed.
execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=plugin
	OUTPUT_VARIABLE _libcare_plugin_dir OUTPUT_STRIP_TRAILING_WHITESPACE)
install(CODE "
set(_plugin \"${_libcare_plugin_dir}/libcare.so\")
if(\"\$ENV{DESTDIR}\" STREQUAL \"\" AND EXISTS \"\${_plugin}\")
	execute_process(COMMAND dpkg-query -S \"\${_plugin}\"
		OUTPUT_VARIABLE _owner RESULT_VARIABLE _rc ERROR_QUIET)
	if(_rc EQUAL 0)
		string(REGEX REPLACE \":.*\" \"\" _owner \"\${_owner}\")
		message(FATAL_ERROR \"\${_plugin} belongs to the Debian package \${_owner}: \"
			\"remove it first (dpkg -r \${_owner}) or install the package that make deb builds\")
	endif()
endif()")
