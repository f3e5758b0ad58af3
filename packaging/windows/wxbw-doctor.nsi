; The Windows installer, built with NSIS (makensis, which also runs on Linux):
;
;   makensis -DVERSION=0.1.0 -DEXE=/abs/path/wxbw-doctor.exe \
;            -DOUTFILE=/abs/path/setup.exe packaging/windows/wxbw-doctor.nsi
;
; makensis reads relative paths from this script's folder, so EXE and
; OUTFILE are best given absolute.
;
; It installs the program and its icon under Program Files, a Start menu
; shortcut, an "Open with" entry for .zip support bundles, the App Paths key
; (so `start wxbw-doctor` and Win+R find it) and an uninstaller registered
; in "Apps and features". `/S` installs and uninstalls silently.
; packaging/windows/ci-check builds it and runs it under Wine.

Unicode true
; A 64-bit installer: the program is 64-bit, and the 64-bit stub runs on
; 64-bit Wine without the 32-bit one.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef EXE
  !error "pass -DEXE=path to wxbw-doctor.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "wxbw-doctor-${VERSION}-x64-setup.exe"
!endif
; The project folder: makensis reads paths from the script's folder. They
; use "/", which makensis takes on Windows and Linux alike.
!define ROOT "../.."

!define APP "wxbw-doctor"
!define PUBLISHER "wxbw-doctor"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_PATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP}.exe"
!define PROGID "${APP}.bundle"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"
!define MUI_ICON "${ROOT}/assets/icon/${APP}.ico"
!define MUI_UNICON "${ROOT}/assets/icon/${APP}.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "/oname=${APP}.exe" "${EXE}"
  File "${ROOT}/assets/icon/${APP}.ico"
  File "/oname=README.md" "${ROOT}/README.md"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.ico" 0

  ; "Open with" for support bundles; the .zip's default program stays.
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "Support bundle"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP}.ico"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP}.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.zip\OpenWithProgids" "${PROGID}" ""

  WriteRegStr HKLM "${APP_PATHS_KEY}" "" "$INSTDIR\${APP}.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP}.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\${APP}.ico"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegValue HKLM "Software\Classes\.zip\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "${APP_PATHS_KEY}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
