# libcare-ctl: the patch logic (parse, resolve, relocate, apply, records)
# over the patient library from patient.cmake, and its command line.
# kpatch_user is the same program under LibCare's historical name.
if(NOT TARGET libcare_patient OR NOT TARGET libcare_common)
	message(WARNING "doctor: libcare_patient or libcare_common missing; libcare-ctl not built")
	return()
endif()

set(LIBCARE_ARCH x86_64)
add_library(libcare_doctor STATIC
	patchdir.c objects.c symbols.c relocate.c region.c record.c record_write.c
	switch.c policy.c apply.c proclist.c info.c proof.c trust.c
	arch/${LIBCARE_ARCH}/reloc.c arch/${LIBCARE_ARCH}/jump.c
	run.c report.c arch/${LIBCARE_ARCH}/entry.c watch.c root_notify.c proc_events.c exec_filter.c
	perfmap.c symfile.c unwind.c)
target_include_directories(libcare_doctor PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/arch/${LIBCARE_ARCH})
target_link_libraries(libcare_doctor PUBLIC libcare_patient libcare_kpatch libcare_arch ${CMAKE_DL_LIBS})

add_executable(libcare-ctl main.c)
target_link_libraries(libcare-ctl PRIVATE libcare_doctor)
add_custom_command(TARGET libcare-ctl POST_BUILD
	COMMAND ${CMAKE_COMMAND} -E create_symlink libcare-ctl $<TARGET_FILE_DIR:libcare-ctl>/kpatch_user)

install(TARGETS libcare-ctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(CODE "execute_process(COMMAND ${CMAKE_COMMAND} -E create_symlink libcare-ctl
	\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/kpatch_user)")
install(FILES ${CMAKE_SOURCE_DIR}/docs/libcare-ctl.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
