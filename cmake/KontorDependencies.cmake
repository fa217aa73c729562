# libphonenumber ships neither a CMake nor a pkg-config file on Debian 12.
find_library(KONTOR_PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_path(KONTOR_PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
add_library(Kontor::phonenumber UNKNOWN IMPORTED)
# core makes libphonenumber's PhoneNumber messages itself (core/phonenumber.cpp): those are
# protobuf classes, and UBSan's vptr check names protobuf's type information.
find_library(KONTOR_PROTOBUF_LIBRARY protobuf REQUIRED)
set_target_properties(Kontor::phonenumber PROPERTIES
  IMPORTED_LOCATION "${KONTOR_PHONENUMBER_LIBRARY}"
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${KONTOR_PHONENUMBER_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${KONTOR_PROTOBUF_LIBRARY}")

# libsodium: the server's password hashes and tokens, the desktop client's import file hash
# and the import's keys for finding duplicates (core, SipHash).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)

# jemalloc in the programs that import (the desktop client, kontor-cli and the import
# benchmarks): an import allocates and frees tens of millions of small strings on two threads,
# and with glibc's malloc 1,000,000 rows took 79 s, with jemalloc 64 s (app/import/README.md).
# Not with the sanitizers or libFuzzer: they bring their own allocator.
if(KONTOR_SANITIZE OR KONTOR_FUZZ)
  set(kontor_jemalloc_default OFF)
else()
  set(kontor_jemalloc_default ON)
endif()
option(KONTOR_JEMALLOC "Link jemalloc into the desktop client and kontor-cli"
  ${kontor_jemalloc_default})
add_library(kontor_allocator INTERFACE)
if(KONTOR_JEMALLOC)
  find_library(KONTOR_JEMALLOC_LIBRARY jemalloc REQUIRED)
  # Nothing names jemalloc's symbols; it replaces malloc for the whole process when loaded.
  target_link_libraries(kontor_allocator INTERFACE
    "-Wl,--push-state,--no-as-needed" "${KONTOR_JEMALLOC_LIBRARY}" "-Wl,--pop-state")
endif()
