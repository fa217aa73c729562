# libphonenumber ships neither a CMake nor a pkg-config file on Debian 12.
find_library(KONTOR_PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_path(KONTOR_PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
add_library(Kontor::phonenumber UNKNOWN IMPORTED)
set_target_properties(Kontor::phonenumber PROPERTIES
  IMPORTED_LOCATION "${KONTOR_PHONENUMBER_LIBRARY}"
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${KONTOR_PHONENUMBER_INCLUDE_DIR}")
