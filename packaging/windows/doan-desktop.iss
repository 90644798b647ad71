; Inno Setup 6.3+ script of the doan-desktop Windows installer (UTF-8 with BOM).
;
; It packs the one-folder build (dist\doan-desktop, made by packaging/build.sh) into
; dist\doan-desktop-<version>-setup.exe. build.sh runs it when Inno Setup 6 is installed; by hand:
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\doan-desktop.iss
;
; Defines: AppVersion (required in practice), BundleDir, IconFile, OutputDirectory (the -O switch
; overrides it), AppVersionNumeric (else derived from AppVersion), InstallRoot (tests only).
; packaging/windows/check_installer.sh compiles and exercises it under wine on Linux.
;
; Install: per user, no administrator rights, into %LOCALAPPDATA%\Programs\doan-desktop.
; Data: the program keeps the office's records in the user data folder chosen by platformdirs,
; %LOCALAPPDATA%\doan-desktop (and %LOCALAPPDATA%\doan-desktop-demo for the sample commune),
; never in the install folder. Uninstalling removes the program only; the records stay.
; Upgrade: a newer setup with the same AppId installs over the old version in place.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  ; Windows wants a version resource of four numbers and build.sh passes only the package version:
  ; keep the leading digits and dots of AppVersion ("0.1.0rc1" -> "0.1.0") and pad ("0.1.0.0").
  #define VersionI 0
  #define VersionDots 0
  #for {VersionI = 1; VersionI <= Len(AppVersion) && Pos(Copy(AppVersion, VersionI, 1), "0123456789.") > 0; VersionI++} VersionDots = VersionDots + (Copy(AppVersion, VersionI, 1) == "." ? 1 : 0)
  #define AppVersionNumeric Copy(AppVersion, 1, VersionI - 1)
  #if Copy(AppVersionNumeric, Len(AppVersionNumeric), 1) == "."
    #define AppVersionNumeric Copy(AppVersionNumeric, 1, Len(AppVersionNumeric) - 1)
    #define VersionDots VersionDots - 1
  #endif
  #if AppVersionNumeric == ""
    #error AppVersion must start with a number, as in 0.1.0
  #endif
  #for {VersionI = VersionDots; VersionI < 3; VersionI++} AppVersionNumeric = AppVersionNumeric + ".0"
#endif
; Paths are relative to this script's folder unless given on the command line.
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\doan-desktop"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\doan-desktop.ico"
#endif
; Where the program folder goes. {autopf} is %LOCALAPPDATA%\Programs for a per-user install; only
; check_installer.sh overrides it (with {localappdata}\Programs, the same folder) because wine 8
; cannot resolve {autopf} (FOLDERID_UserProgramFiles) and the setup stops there.
#ifndef InstallRoot
  #define InstallRoot "{autopf}"
#endif
#ifndef OutputDirectory
  #define OutputDirectory AddBackslash(SourcePath) + "..\..\dist"
#endif

; x64compatible (ArchitecturesAllowed) came with Inno Setup 6.3.
#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed
#endif
#pragma message "doan-desktop " + AppVersion + " (version resource " + AppVersionNumeric + ") from " + BundleDir

#define AppName "Quản lý Đoàn xã"
#define AppExe "doan-desktop.exe"

[Setup]
; Never change AppId: it is how a newer setup finds and replaces the installed version.
AppId={{FAE996AE-8C36-4165-8365-E8E25AAEA59F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=doan-desktop
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} - Setup
; Per-user install: {autopf} is {userpf} = %LOCALAPPDATA%\Programs when not elevated.
PrivilegesRequired=lowest
DefaultDirName={#InstallRoot}\doan-desktop
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDirectory}
OutputBaseFilename=doan-desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running copy would lock its files: offer to close it before copying.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
; Inno Setup ships no Vietnamese messages; a user-contributed Vietnamese.isl exists
; (https://jrsoftware.org/files/istrans/). Put it beside this script to get a Vietnamese setup;
; without it the setup speaks English and only the shortcuts carry Vietnamese names.
#ifexist AddBackslash(SourcePath) + "Vietnamese.isl"
Name: "vi"; MessagesFile: "{#AddBackslash(SourcePath)}Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so nothing of the old version lingers.
; Safe: nothing of the user's lives under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Sổ sách của Đoàn xã, phường"
Name: "{autoprograms}\{#AppName} - dữ liệu mẫu"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "Mở xã mẫu để tập sử dụng (dữ liệu riêng, không lẫn với sổ sách thật)"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Sổ sách của Đoàn xã, phường"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what this setup installed. The records in
; %LOCALAPPDATA%\doan-desktop, their backups and logs are deliberately left in place.
