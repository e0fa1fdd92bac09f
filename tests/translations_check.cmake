# The French translation is complete and up to date with the sources: lupdate, run as the
# update_translations target runs it, changes nothing in it, and no entry is unfinished. Run by
# CTest: cmake -DTS=... -DPROJECT_IN=... -DGENERATOR=... -DLUPDATE=... -DWORK=... [-DEXTRA=-pluralonly] -P translations_check.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json -P ${GENERATOR}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "the lupdate project could not be made:\n${output}")
endif()
get_filename_component(name ${TS} NAME)
configure_file(${TS} ${WORK}/${name} COPYONLY)
execute_process(COMMAND ${LUPDATE} -project ${WORK}/project.json -no-obsolete -locations none -silent ${EXTRA}
                        -ts ${WORK}/${name}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ ${TS} committed)
file(READ ${WORK}/${name} updated)
if(NOT committed STREQUAL updated)
    execute_process(COMMAND diff -u ${TS} ${WORK}/${name} OUTPUT_VARIABLE difference)
    message(FATAL_ERROR "${name} is not up to date with the sources: run "
                        "`cmake --build build --target update_translations` and translate what it adds:\n${difference}")
endif()
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} unfinished entries in ${name}: translate them (Qt Linguist)")
endif()
string(FIND "${committed}" "<location" location)
if(NOT location EQUAL -1)
    message(FATAL_ERROR "${name} holds source locations: keep them out (-locations none)")
endif()
message(STATUS "${name}: up to date, complete, no source locations")
