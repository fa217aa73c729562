# cmake -DLUPDATE=… -DTS_FILE=… -DSOURCE_DIRS=a;b -DWORK_DIR=… -P check_translations.cmake
set(copy ${WORK_DIR}/kontor_de.check.ts)
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(
  COMMAND ${LUPDATE} -silent -locations none -no-obsolete -extensions cpp,h ${SOURCE_DIRS}
          -ts ${copy}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<message[^>]*>[ \n\t]*<source>[^<]*</source>[ \n\t]*<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
  foreach(entry ${unfinished})
    string(REGEX REPLACE ".*<source>([^<]*)</source>.*" "\\1" text "${entry}")
    message("  untranslated: ${text}")
  endforeach()
  message(FATAL_ERROR "kontor_de.ts: ${count} missing or unfinished translations; run the "
                      "update_translations target and translate them")
endif()
string(REGEX MATCHALL "<source>[^<]*\\.\\.\\.[^<]*</source>" dots "${ts}")
if(dots)
  message(FATAL_ERROR "English source texts must use … instead of ...: ${dots}")
endif()
message(STATUS "kontor_de.ts is complete")
