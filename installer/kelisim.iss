; Kelisim: the Windows installer (Inno Setup 6.3 or newer; Inno Setup 7 compiles it too).
;
; Built by installer/build.py after PyInstaller has made the one-folder program:
;   ISCC /DMyAppVersion=0.1.0 /DMyAppNumericVersion=0.1.0.0 /DMyAppSource=dist\kelisim
;        /Odist installer\kelisim.iss
;
; - installs for the current user only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\Kelisim, with Start-menu and desktop shortcuts;
; - registers the sync bundle file type (.kelisim) for this user: a double click runs
;   "kelisim.exe --import-bundle <file>";
; - an upgrade first removes the old program's files (its _internal folder), so nothing of an
;   older version is left beside the new one;
; - the office's data lives in %LOCALAPPDATA%\Kelisim (the register, backups, logs) and the
;   user's preferences in %APPDATA%\Kelisim: the installer never touches them, and the
;   uninstaller asks (default No) before removing them;
; - after installing it runs "kelisim-cli --self-test" and says so if the program is broken;
; - texts in Kazakh (Kazakh.isl beside this file: Inno Setup ships no Kazakh), Russian, English.
;
; This file is UTF-8 with a byte order mark: keep it so (Kazakh and Russian texts below).

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=X.Y.Z ... (installer/build.py does)
#endif
#ifndef MyAppNumericVersion
  #define MyAppNumericVersion MyAppVersion
#endif
#ifndef MyAppSource
  #define MyAppSource "..\dist\kelisim"
#endif
#define MyAppName "Kelisim"
#define MyAppExe "kelisim.exe"
#define MyAppCli "kelisim-cli.exe"
#define BundleExt ".kelisim"
#define BundleProgId "Kelisim.Bundle"

[Setup]
; The AppId ties every version's installs and upgrades together: never change it.
AppId={{30C9ED06-0350-419A-9F84-08F0E1CDBA65}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppName}
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#MyAppNumericVersion}
VersionInfoProductVersion={#MyAppNumericVersion}
VersionInfoProductTextVersion={#MyAppVersion}
VersionInfoProductName={#MyAppName}
VersionInfoDescription={#MyAppName} Setup
VersionInfoCompany={#MyAppName}
VersionInfoCopyright=GPL-3.0-or-later
; Per user, no administrator: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
UninstallDisplayName={#MyAppName}
UninstallDisplayIcon={app}\{#MyAppExe}
; 64-bit Python and Qt 6: Windows 10 1809 or newer, x64 (or Arm64 Windows 11 emulating x64).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; The file type is registered: tell Explorer.
ChangesAssociations=yes
; A running Kelisim holds its files: close it (Restart Manager), do not restart it.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=yes
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputBaseFilename=kelisim-{#MyAppVersion}-setup
SetupLogging=yes

[Languages]
; Kazakh first: the state language, and the choice when Windows speaks none of the three.
; Kazakh.isl holds the messages a clerk sees; any it lacks come from Default.isl (English).
Name: "kk"; MessagesFile: "compiler:Default.isl,Kazakh.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
kk.BundleFileType=Kelisim синхрондау пакеті
ru.BundleFileType=Пакет синхронизации Kelisim
en.BundleFileType=Kelisim sync bundle
kk.SelfTestRunning=Бағдарлама тексерілуде...
ru.SelfTestRunning=Проверка программы...
en.SelfTestRunning=Checking the program...
kk.SelfTestFailed=Kelisim орнатылды, бірақ өзін-өзі тексеру сәтсіз аяқталды: бағдарлама дұрыс жұмыс істемеуі мүмкін.%n%nОрнатуды қайта іске қосыңыз. Қате қайталанса, «kelisim-cli --self-test» пәрменінің нәтижесін әзірлеушіге жіберіңіз.
ru.SelfTestFailed=Kelisim установлен, но самопроверка не прошла: программа может работать неправильно.%n%nЗапустите установку ещё раз. Если ошибка повторится, отправьте разработчику вывод команды «kelisim-cli --self-test».
en.SelfTestFailed=Kelisim is installed, but its self-test failed: the program may not work properly.%n%nRun the installer again. If this happens again, send the output of "kelisim-cli --self-test" to a developer.
kk.RemoveUserData=Kelisim жойылды.%n%nКеңсе деректерін де жою керек пе? Бұл істер тізілімі, оның сақтық көшірмелері мен журналдары:%n%1%n%nОларды қайтару мүмкін болмайды. Күмәндансаңыз, оларды сақтап қалыңыз.
ru.RemoveUserData=Kelisim удалён.%n%nУдалить и данные кабинета? Это реестр дел, его резервные копии и журналы:%n%1%n%nИх нельзя будет вернуть. Если сомневаетесь, оставьте их.
en.RemoveUserData=Kelisim has been removed.%n%nRemove the office's data as well? That is the register of cases, its backups and logs:%n%1%n%nThey cannot be brought back. If in doubt, keep them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Clean install on upgrade: the old version's libraries and data files go first. Only the
; program's own folder; the user's data lives elsewhere (%LOCALAPPDATA%\Kelisim).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#MyAppSource}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The sync bundle file type, for this user only (HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#BundleExt}\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#MyAppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExe}"" --import-bundle ""%1"""

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
{ Where Kelisim keeps the office's data and the user's preferences (desktop/config.py:
  platformdirs' user data folder; QSettings' INI file). }
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#MyAppName}');
end;

function PreferencesDir(): String;
begin
  Result := ExpandConstant('{userappdata}\{#MyAppName}');
end;

{ After the files are in place: does the program start, find its fonts, translations and
  migrations, and print an agreement? It runs in a scratch folder, never on the data. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('SelfTestRunning');
    if not Exec(ExpandConstant('{app}\{#MyAppCli}'), '--self-test', '', SW_HIDE,
                ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    begin
      Log(Format('kelisim-cli --self-test failed (exit code %d)', [ResultCode]));
      SuppressibleMsgBox(CustomMessage('SelfTestFailed'), mbError, MB_OK, IDOK);
    end
    else
      Log('kelisim-cli --self-test passed');
  end;
end;

{ The data stays unless the user says otherwise; a silent uninstall always keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() and
     DirExists(UserDataDir()) then
  begin
    if MsgBox(FmtMessage(CustomMessage('RemoveUserData'), [UserDataDir()]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(UserDataDir(), True, True, True);
      DelTree(PreferencesDir(), True, True, True);
    end;
  end;
end;
