; Inno Setup script of the Windows installer (Inno Setup 6).
;
; Build the bundle on Windows first, then compile this from the repository's root:
;   py installer\build_bundle.py
;   iscc /DAppVersion=0.1.0 installer\windows\loyalty-pos.iss
; The installer is written to dist\installer\loyalty-pos-<version>-setup.exe.
;
; The program goes to Program Files; the shop's data to C:\ProgramData\loyalty-pos, the
; machine-wide folder the program uses by default, made writable for every account so a
; cashier's own Windows login can run the till. Installing a newer version over an older
; one (same AppId) replaces the program only: the data stays, and the till's first start
; copies the database to the data folder's backups\ before it upgrades the schema.
; Uninstalling leaves the data folder in place: a shop's records are not the program's.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "loyalty-pos"
#define TillName "Loyalty till"
; The bundle to package; build_under_wine.sh names one outside the checkout.
#ifndef Bundle
  #define Bundle "..\..\dist\loyalty-pos"
#endif

[Setup]
; Never change the AppId: it is how a newer installer finds the older installation.
AppId={{6B1E2C7A-3F4D-4B8E-9A51-2D7C0E8F4A19}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=loyalty-pos contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icon\loyalty-pos.ico
UninstallDisplayIcon={app}\loyalty-pos-till.exe
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A till left open during an upgrade is asked to close (Restart Manager) rather than
; having its files replaced under it.
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle; files of an older version that this one no longer has are
; removed first, so no stale module or Qt plugin is loaded next to the new ones.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Dirs]
; The shop's data: kept on uninstall, writable by every account on the computer.
Name: "{commonappdata}\loyalty-pos"; Permissions: users-modify; Flags: uninsneveruninstall

[Icons]
Name: "{group}\{#TillName}"; Filename: "{app}\loyalty-pos-till.exe"; WorkingDir: "{commonappdata}\loyalty-pos"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#TillName}"; Filename: "{app}\loyalty-pos-till.exe"; WorkingDir: "{commonappdata}\loyalty-pos"; Tasks: desktopicon

[Run]
; The first start on a computer without a shop opens the first-run setup.
Filename: "{app}\loyalty-pos-till.exe"; Description: "{cm:LaunchProgram,{#TillName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
// An older version cannot open a shop's data that a newer one has upgraded (the till refuses
// it at start): setting an older version up over a newer one is stopped here, before any
// file is replaced, instead of leaving the shop a till that will not start.
const
  UninstallKey = 'Software\Microsoft\Windows\CurrentVersion\Uninstall\{6B1E2C7A-3F4D-4B8E-9A51-2D7C0E8F4A19}_is1';

function InitializeSetup(): Boolean;
var
  InstalledText: String;
  Installed, ThisOne: Int64;
begin
  Result := True;
  if not RegQueryStringValue(HKLM, UninstallKey, 'DisplayVersion', InstalledText) then
    Exit;
  if not (StrToVersion(InstalledText, Installed) and StrToVersion('{#AppVersion}', ThisOne)) then
    Exit;
  if ComparePackedVersion(Installed, ThisOne) > 0 then
  begin
    SuppressibleMsgBox(Format('{#AppName} %s is installed on this computer, newer than this setup ({#AppVersion}). ' +
      'Its shop data cannot be opened by an older version: nothing was changed.', [InstalledText]),
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
