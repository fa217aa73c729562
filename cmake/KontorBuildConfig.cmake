# One INTERFACE target carries the warnings and Qt defines for every Kontor target.
add_library(kontor_build_config INTERFACE)
target_compile_options(kontor_build_config INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wimplicit-fallthrough
  $<$<BOOL:${KONTOR_WERROR}>:-Werror>)
target_compile_definitions(kontor_build_config INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400
  KONTOR_VERSION="${PROJECT_VERSION}")
if(KONTOR_SANITIZE)
  target_compile_options(kontor_build_config INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(kontor_build_config INTERFACE -fsanitize=address,undefined)
endif()
if(KONTOR_FUZZ)
  # Coverage instrumentation for everything linked into the fuzz targets.
  target_compile_options(kontor_build_config INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(kontor_build_config INTERFACE -fsanitize=address,undefined)
endif()
