# NSIS installer for Windows, used when CMake configures on Windows (see packaging/README.md:
# written from the CPack documentation, not built here). One installer with the client; the
# server is meant for Linux hosts.
set(CPACK_GENERATOR NSIS)
set(CPACK_COMPONENTS_ALL client)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Kontor")
set(CPACK_NSIS_DISPLAY_NAME "Kontor")
set(CPACK_NSIS_PACKAGE_NAME "Kontor")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kontor.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "kontor" "Kontor")
set(CPACK_CREATE_DESKTOP_LINKS "kontor")
# Register the kontor:// URL scheme for the current machine, and remove it on uninstall.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR "kontor" "" "URL:Kontor"
  WriteRegStr HKCR "kontor" "URL Protocol" ""
  WriteRegStr HKCR "kontor\\DefaultIcon" "" "$INSTDIR\\bin\\kontor.exe,0"
  WriteRegStr HKCR "kontor\\shell\\open\\command" "" '"$INSTDIR\\bin\\kontor.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR "kontor"
]=])
# Qt's DLLs and plugins would be collected with windeployqt (qt_generate_deploy_app_script in
# Qt ≥ 6.3) on the Windows build machine.
