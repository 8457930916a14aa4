; Inno Setup script for the Windows installer of Kempen Desktop (Inno Setup 6).
; Build the one-folder app first (README, "Build on Windows"):
;   python packaging\render_icons.py
;   pyinstaller --noconfirm packaging\kempen_desktop.spec
;   iscc packaging\windows\kempen-desktop.iss
; Result: dist\kempen-desktop-<version>-setup.exe
;
; Per-user install (no administrator rights) in %LOCALAPPDATA%\Programs\Kempen Desktop, a
; start-menu entry, an uninstaller. Upgrading installs over the old version in place (same
; AppId); the database, backups and settings live elsewhere (%LOCALAPPDATA%\KempenDesktop and
; the registry) and are never touched by an upgrade or by the uninstaller.
; tests/test_packaging.py checks that the files named here are the ones the spec produces.

#define AppName "Kempen Desktop"
#define BundleDir "KempenDesktop"
#define ExeName "kempen-desktop.exe"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\" + BundleDir
; The version comes from the exe's version resource, which the spec writes from the package.
#define AppVersion GetVersionNumbersString(Bundle + "\" + ExeName)

[Setup]
; Never change the AppId: it is what makes a new version an upgrade of the installed one.
AppId={{6B1F3C52-8E0A-4C7D-9B41-2F5E7A9C0D13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kempen-desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\kempen.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UsePreviousAppDir=yes
LicenseFile=..\..\LICENSE

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade in place: the previous version's program files go first (never the data folder,
; which is not under {app}).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\{#ExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself may have left next to the program; the data folder stays.
Type: filesandordirs; Name: "{app}\_internal"
