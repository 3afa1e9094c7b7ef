; Taqrir's Windows installer (NSIS 3): a per-user install, no administrator rights.
; Built on Windows by .github/workflows/windows-installer.yml:
;   makensis /DVERSION=0.1.0 /DDIST=..\..\dist\taqrir packaging\windows\taqrir.nsi
; DIST is the PyInstaller folder (taqrir.exe, taqrirw.exe, _internal\).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\taqrir"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\taqrir-${VERSION}-setup.exe"
!endif

!define APP "Taqrir"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Taqrir"
!define CLASSES "Software\Classes"
!define DOCUMENT_PROGID "Taqrir.Document"
!define PACKAGE_PROGID "Taqrir.Package"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Taqrir"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"

!define MUI_ICON "..\..\resources\icons\taqrir.ico"
!define MUI_UNICON "..\..\resources\icons\taqrir.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\taqrirw.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

; Windows associates a program with a file's last extension only (.json, .zip), so the
; documents (*.taqrir.json) and packages (*.taqrir.zip) get Taqrir in "Open with"
; without taking .json and .zip away from the programs that open them now.
!macro Associate EXTENSION PROGID DESCRIPTION
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "${DESCRIPTION}"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\taqrirw.exe,0"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\taqrirw.exe" "%1"'
  WriteRegStr HKCU "${CLASSES}\${EXTENSION}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "${CLASSES}\Applications\taqrirw.exe\SupportedTypes" "${EXTENSION}" ""
!macroend

!macro Dissociate EXTENSION PROGID
  DeleteRegValue HKCU "${CLASSES}\${EXTENSION}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXTENSION}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXTENSION}"
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
!macroend

Section "Taqrir" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\Taqrir.lnk" "$INSTDIR\taqrirw.exe" "" "$INSTDIR\taqrirw.exe" 0

  !insertmacro Associate ".json" "${DOCUMENT_PROGID}" "Taqrir document"
  !insertmacro Associate ".zip" "${PACKAGE_PROGID}" "Taqrir document package"
  WriteRegStr HKCU "${CLASSES}\Applications\taqrirw.exe" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "${CLASSES}\Applications\taqrirw.exe\shell\open\command" "" '"$INSTDIR\taqrirw.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\taqrirw.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Taqrir.lnk"
  !insertmacro Dissociate ".json" "${DOCUMENT_PROGID}"
  !insertmacro Dissociate ".zip" "${PACKAGE_PROGID}"
  DeleteRegKey HKCU "${CLASSES}\Applications\taqrirw.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The folder holds only what the installer put there; the documents and the library
  ; live elsewhere (the user's folders and %LOCALAPPDATA%\Taqrir) and are kept.
  RMDir /r "$INSTDIR"
SectionEnd
