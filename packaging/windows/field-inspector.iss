; Inno Setup 6 script: the Windows installer of Field Inspector.
;
;   python packaging\build.py                                   (on Windows: dist\field-inspector\)
;   iscc /DAppVersion=0.1.0 packaging\windows\field-inspector.iss   -> dist\field-inspector-0.1.0-setup.exe
;
; Installs for all users under Program Files, with a Start menu entry and an optional desktop
; shortcut. Upgrades in place: the same AppId finds the installed copy, a running app is asked to
; close, and the old program files are replaced whole. The vaults are never in the program folder:
; each user's lives in %LOCALAPPDATA%\FieldInspector (platformdirs), so an upgrade or an uninstall
; leaves it alone. The uninstaller deletes it only when the user says so twice, and never when it
; runs silently (/SILENT or /VERYSILENT, as IT tools run it).
; Silent install for IT tools: field-inspector-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Field Inspector"
#define Bundle "..\..\dist\field-inspector"

[Setup]
; Never change the AppId: it is what makes a new version upgrade the installed one.
AppId={{6B7E2F0A-4C1D-4E8B-9A52-3F1D8C0B7E64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Field Inspector
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\..\resources\icons\field-inspector.ico
UninstallDisplayIcon={app}\field-inspector.exe
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=field-inspector-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
en.DeleteVault=Also delete your Field Inspector vault on this computer?%n%n%1%n%nIt holds every inspection, interview and report you made here. Choose No to keep it (a later installation opens it again).
fr.DeleteVault=Supprimer aussi votre coffre Field Inspector sur cet ordinateur ?%n%n%1%n%nIl contient toutes les inspections, tous les entretiens et tous les rapports faits ici. Choisissez Non pour le garder (une installation ultérieure le rouvrira).
es.DeleteVault=¿Eliminar también su almacén de Field Inspector en este equipo?%n%n%1%n%nContiene todas las inspecciones, entrevistas e informes hechos aquí. Elija No para conservarlo (una instalación posterior lo volverá a abrir).
en.DeleteVaultAgain=This cannot be undone, and nothing that was not synchronised or backed up can be recovered. Delete the vault now?
fr.DeleteVaultAgain=C'est irréversible : ce qui n'a pas été synchronisé ou sauvegardé sera perdu. Supprimer le coffre maintenant ?
es.DeleteVaultAgain=No se puede deshacer: lo que no se haya sincronizado o respaldado se perderá. ¿Eliminar el almacén ahora?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program files whole, so no module of the old version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; field-inspector.exe opens the window; inspector.exe is the command line (selfcheck, backup).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\field-inspector.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\field-inspector.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\field-inspector.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller removes the program files only. The user's vault (and settings) go only when
// the user asks for it twice; a silent uninstall always keeps them.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := ExpandConstant('{localappdata}\FieldInspector');
  if UninstallSilent() or not DirExists(Folder) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteVault'), [Folder]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    exit;
  if MsgBox(CustomMessage('DeleteVaultAgain'), mbError, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(Folder, True, True, True);
end;
