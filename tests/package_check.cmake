# The Debian package: built with CPack, its contents checked, unpacked into a temporary folder
# and its eventdesk-cli run from there. Run by CTest:
#   cmake -DBUILD_DIR=... -DCPACK=... -DVERSION=... -P package_check.cmake
set(work ${BUILD_DIR}/package-check)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
execute_process(COMMAND ${CPACK} -G DEB -B ${work}/out WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs ${work}/out/eventdesk_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one eventdesk_*.deb in ${work}/out, found: ${debs}")
endif()

execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE status)
foreach(expected
        ./usr/bin/eventdesk
        ./usr/bin/eventdesk-cli
        ./usr/share/applications/io.github.eventdesk.EventDesk.desktop
        ./usr/share/metainfo/io.github.eventdesk.EventDesk.metainfo.xml
        ./usr/share/icons/hicolor/scalable/apps/io.github.eventdesk.EventDesk.svg
        ./usr/share/icons/hicolor/48x48/apps/io.github.eventdesk.EventDesk.png
        ./usr/share/icons/hicolor/256x256/apps/io.github.eventdesk.EventDesk.png
        ./usr/share/man/man1/eventdesk-cli.1)
    string(FIND "${contents}" "${expected}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${expected} is not in the package:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
foreach(expected libqt6widgets6 libyaml-0-2 libmd4c0 libhunspell git qt6-qpa-plugins)
    string(FIND "${depends}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${expected}: ${depends}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Recommends OUTPUT_VARIABLE recommends)
string(FIND "${recommends}" "hunspell-fr" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the package does not recommend the French dictionary: ${recommends}")
endif()

execute_process(COMMAND dpkg-deb -x ${debs} ${work}/root RESULT_VARIABLE status)
execute_process(COMMAND ${work}/root/usr/bin/eventdesk-cli --version OUTPUT_VARIABLE version RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version STREQUAL "eventdesk-cli ${VERSION}\n")
    message(FATAL_ERROR "the unpacked eventdesk-cli --version said \"${version}\" (status ${status})")
endif()
message(STATUS "${debs}: contents, dependencies and eventdesk-cli --version checked")
