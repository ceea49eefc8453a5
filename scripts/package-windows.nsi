; The Windows installer of Mandate Compare (NSIS 3, built on Linux by scripts/package-windows
; with Debian's makensis). It installs for the current user only, so it needs no administrator:
; the program goes to %LOCALAPPDATA%\Programs\Mandate Compare, a shortcut to the Start menu, and
; an entry to Settings > Apps (Add or remove programs) whose Uninstall removes all of it. The
; user's own files and settings (in %APPDATA%\mandate-compare) are left alone.
;
; Defined by the script: VERSION (0.1.0), EXE (the built exe), OUTFILE, and TOP (the repo).

; The app is x86-64 only, so the installer is too (the amd64 stubs Debian ships).
Target amd64-unicode
!include "MUI2.nsh"

!define APPNAME "Mandate Compare"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MandateCompare"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true

; The installer's own version information (its Properties > Details).
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "Licensed under MIT OR Apache-2.0"

!define MUI_ICON "${TOP}/assets/icons/mandate-compare.ico"
!define MUI_UNICON "${TOP}/assets/icons/mandate-compare.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\mandate-compare.exe"
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\README.md"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The interface's languages; NSIS picks the one of the system.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Albanian"
!insertmacro MUI_LANGUAGE "SerbianLatin"
!insertmacro MUI_LANGUAGE "Serbian"

Section "Install"
    SetShellVarContext current
    SetOutPath "$INSTDIR"
    File "/oname=mandate-compare.exe" "${EXE}"
    File "${TOP}/README.md"
    File "${TOP}/CITATION.cff"
    File "${TOP}/LICENSE-MIT"
    File "${TOP}/LICENSE-APACHE"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\mandate-compare.exe" "" \
        "$INSTDIR\mandate-compare.exe" 0
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\mandate-compare.exe,0"
    WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "The Mandate Compare contributors"
    WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
    SetShellVarContext current
    Delete "$SMPROGRAMS\${APPNAME}.lnk"
    Delete "$INSTDIR\mandate-compare.exe"
    Delete "$INSTDIR\README.md"
    Delete "$INSTDIR\CITATION.cff"
    Delete "$INSTDIR\LICENSE-MIT"
    Delete "$INSTDIR\LICENSE-APACHE"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd
